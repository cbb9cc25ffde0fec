"""Export the store as FollowTheMoney entities (JSON lines) for Aleph and OpenSanctions-style tools.

Every entity is made with the ``followthemoney`` library's model (``model.make_entity``), so a
property FtM does not know, or a value its type rejects, never reaches the file. The mapping
(docs/export.md, "FollowTheMoney"):

* an article is an ``Article`` (title, publication date, URL, outlet, authors, language, text);
* a canonical entity of the ledger is a ``Person``; a ``PublicBody``, ``Company`` or
  ``Organization`` (ORG, by the sector its mentions were coded with and by a legal form in its
  name); a ``Territory`` (GPE: countries carry their ISO code); an ``Address`` (LOC, FAC); an
  ``Event`` (a named EVENT). Nationalities, products, works and other NER types have no FtM
  schema that fits and are left out;
* each name an entity is written under in an article is a ``Mention`` (the name as written,
  ``resolved`` to the entity where FtM allows it: people and organisations);
* each article an entity appears in is a ``Documentation`` link (role "mentioned" plus the
  titles the article gives it); each statement and figure is a ``Documentation`` link too, from
  its article to its speaker or subject (role "statement" or "figure", the content as summary,
  its date), or a ``Note`` on its article when it has no exported speaker or subject;
* each coded event is an ``Event`` with its date, sentence, participants and countries.

Ids are derived from hearsay keys under the ``hearsay`` namespace, never from row numbers that
change on ``hearsay ledger rebuild``: articles from the text's SHA-256, countries from their
ISO code, authority entities from their authority id, other entities from type and canonical
name. Values are sorted and the lines ordered by those keys (articles, entities, then the links
article by article, so memory holds one article's links at a time): a re-export is byte-identical.

``followthemoney`` is an optional extra (``pip install 'hearsay[ftm]'``): it builds PyICU.
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
import re
import tempfile
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from sqlalchemy import Connection, select
from sqlalchemy.exc import SQLAlchemyError

from hearsay import lexicon
from hearsay.errors import ConfigError, InputError, StoreError
from hearsay.store import Store, schema

if TYPE_CHECKING:
    from followthemoney import EntityProxy, Model

NAMESPACE = "hearsay"
INSTALL_HINT = "FollowTheMoney export needs the followthemoney library: pip install 'hearsay[ftm]'"

# ORG sectors (CAMEO codes of lexicon/sectors.tsv) that make an organisation a public body
_STATE_SECTORS = {"GOV", "MIL", "COP", "LEG", "JUD"}
_PLACE_TYPES = {"LOC", "FAC"}
# FtM schemata whose entities a Mention may be ``resolved`` to (the property's range is LegalEntity)
_LEGAL = {"Person", "Organization", "Company", "PublicBody"}


def load_model() -> Model:
    """Return FtM's default model.

    Raises:
        ConfigError: ``followthemoney`` is not installed (the ``ftm`` extra).
    """
    try:
        from followthemoney import model
    except ImportError:
        raise ConfigError(INSTALL_HINT) from None
    return model


def _digest(*parts: object) -> str:
    return hashlib.sha1("\x1f".join(str(p) for p in parts).encode("utf-8")).hexdigest()


def _fold(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("’", "'")).strip().casefold()


def _is_name(text: str) -> bool:
    """A surface form worth exporting as a name: it has a capital letter or a digit ("company" has not)."""
    return any(c.isupper() or c.isdigit() for c in text)


@dataclass
class _Entity:
    """A canonical entity on its way to FtM."""

    canonical_id: int
    name: str
    type: str
    iso3: str | None
    authority_id: str | None
    aliases: list[str]
    names: list[str] = field(default_factory=list)  # every full form it was seen under
    countries: Counter[str] = field(default_factory=Counter)
    sectors: Counter[str] = field(default_factory=Counter)
    first_link: tuple[str, str] = ("", "")  # (article sha256, local id) of its earliest mention
    schema: str = ""
    id: str = ""


@dataclass(frozen=True, slots=True)
class _Gazetteer:
    """Country alias kinds from lexicon/countries.tsv: folded alias -> (iso3, kind)."""

    kinds: dict[str, tuple[str, str]]
    orgs: dict[str, str]  # organisation name -> sector (lexicon/sectors.tsv ``org`` rows)
    roles: dict[str, str]  # role noun -> sector
    titles: frozenset[str]  # titles that precede a name (lexicon/titles.txt)

    @classmethod
    def load(cls) -> _Gazetteer:
        kinds: dict[str, tuple[str, str]] = {}
        for row in lexicon.load("countries.tsv"):
            for column, kind in (("name", "name"), ("aliases", "name"), ("capitals", "capital"),
                                 ("demonyms", "demonym"), ("metonyms", "metonym"), ("nicknames", "nickname")):
                for alias in filter(None, row[column].split("|")):
                    kinds[_fold(alias)] = (row["iso3"], kind)
        orgs: dict[str, str] = {}
        roles: dict[str, str] = {}
        for row in lexicon.load("sectors.tsv"):
            (roles if row["kind"] == "role" else orgs)[row["term"].lower()] = row["sector"]
        return cls(kinds, orgs, roles, frozenset(t.lower() for t in lexicon.words("titles.txt")))


def _org_schema(entity: _Entity, gaz: _Gazetteer) -> str:
    """PublicBody, Company or Organization for an ORG, by evidence hearsay has, else Organization.

    A public body: the sector its mentions were coded with in events is a state one (GOV, MIL,
    COP, LEG, JUD), or the head noun of its name is a state role noun of lexicon/sectors.tsv
    ("Ministry of Defence", "Interior Ministry"; not "General Motors", whose head is not
    "general"). A company: the coded sector is BUS, the head noun is a business noun
    ("Ford Motor Company"), or the name carries a legal form (Inc., Ltd, AG, SpA: FtM's own name
    library, ``rigour``, knows them). Intergovernmental and other bodies stay Organization.
    """
    if gaz.orgs.get(_fold(entity.name)) in {"IGO", "NGO"}:
        return "Organization"
    sector = entity.sectors.most_common(1)[0][0] if entity.sectors else None
    words = re.findall(r"[\w']+", re.split(r"\s+of\s+", entity.name.lower())[0])  # "ministry of defence": "ministry"
    head_sector = gaz.roles.get(words[-1]) if words else None
    if sector in _STATE_SECTORS or (sector is None and head_sector in _STATE_SECTORS):
        return "PublicBody"
    from rigour.names import extract_org_types

    if "BUS" in (sector, head_sector) or extract_org_types(entity.name.casefold()):
        return "Company"
    return "Organization"


@functools.lru_cache(maxsize=1)
def _alpha2() -> dict[str, str]:
    """ISO alpha-3 -> FtM country code (``PRK`` -> ``kp``), from FtM's own territory table.

    Giving FtM its own codes matters for speed: cleaning ``PRK`` makes it build an index of
    every territory name in every language first (4 s here).
    """
    from rigour.territories import get_territories

    table = {str(t.alpha3).upper(): str(t.ftm_country or t.code) for t in get_territories() if t.alpha3}
    return table | {"EUR": "eu"}  # hearsay's code for the European Union (lexicon/countries.tsv); FtM's is "eu"


def _country_codes(iso3: list[str]) -> list[str]:
    """FtM country codes for ISO alpha-3 codes; codes that are no country (IGO, NGO) are dropped."""
    table = _alpha2()
    return [table[code.upper()] for code in iso3 if code.upper() in table]


def _schema_of(entity: _Entity, gaz: _Gazetteer) -> str | None:
    if entity.type == "PERSON":
        return "Person"
    if entity.type == "ORG":
        return _org_schema(entity, gaz)
    if entity.type == "GPE":
        return "Territory"
    if entity.type in _PLACE_TYPES:
        return "Address"
    if entity.type == "EVENT":
        return "Event"
    return None  # NORP, PRODUCT, WORK_OF_ART, LAW, LANGUAGE ...: no FtM schema fits


def _split_aliases(entity: _Entity, gaz: _Gazetteer) -> tuple[list[str], list[str]]:
    """Return ``(alias, weakAlias)`` values: the names the entity goes by, and the weak ones.

    Weak (FtM: "not distinctive enough to match on"): a part of the canonical name, with or
    without a title ("Shoigu", "Secretary Shoigu", "Kursk"), and for a country its capital, metonyms and demonyms ("Pyongyang", "the Kremlin",
    "North Korean") or a form the gazetteer does not list (a misspelling matched fuzzily).
    """
    own = {_fold(entity.name)}
    name_words = set(_fold(entity.name).split())
    strong: set[str] = set()
    weak: set[str] = set()
    for alias in [*entity.names, *entity.aliases]:
        key = _fold(alias)
        if key in own or not _is_name(alias):
            continue
        own.add(key)
        if entity.iso3:
            hit = gaz.kinds.get(key) or gaz.kinds.get(re.sub(r"^the ", "", key))
            (strong if hit is not None and hit[0] == entity.iso3 and hit[1] in {"name", "nickname"} else weak).add(alias)
        elif set(key.split()) - gaz.titles <= name_words:  # "Shoigu", "Secretary Shoigu"
            weak.add(alias)
        else:
            strong.add(alias)
    return sorted(strong), sorted(weak)


class _Builder:
    """Reads the store and turns its rows into FtM entities."""

    def __init__(self, conn: Connection, model: Model) -> None:
        self.conn = conn
        self.model = model
        self.gaz = _Gazetteer.load()
        self.articles: dict[int, tuple[str, str]] = {}  # document id -> (FtM id, sha256)
        self.entities: dict[int, _Entity] = {}  # canonical id -> entity (exported ones)
        self.local: dict[tuple[int, str], int] = {}  # (document id, local id) -> canonical id

    def make(self, schema_name: str, kind: str, *key: object) -> EntityProxy:
        proxy = self.model.make_entity(schema_name)
        proxy.id = f"{NAMESPACE}-{kind}-{_digest(*key)}"
        return proxy

    # --- reading -----------------------------------------------------------------------------
    def read(self) -> None:
        d = schema.documents
        for doc in self.conn.execute(select(d.c.id, d.c.sha256)):
            self.articles[doc.id] = (f"{NAMESPACE}-article-{doc.sha256[:40]}", doc.sha256)
        ce = schema.canonical_entities
        found: dict[int, _Entity] = {}
        for crow in self.conn.execute(select(ce)):
            found[crow.id] = _Entity(crow.id, crow.name, crow.type, crow.iso3, crow.authority_id, json.loads(crow.aliases or "[]"))
        cn = schema.canonical_names
        for nrow in self.conn.execute(select(cn.c.canonical_id, cn.c.name).order_by(cn.c.name)):
            if nrow.canonical_id in found:
                found[nrow.canonical_id].names.append(nrow.name)
        e, links = schema.entities, schema.entity_links
        query = (select(e.c.document_id, e.c.local_id, e.c.ids, links.c.canonical_id)
                 .join(links, links.c.entity_id == e.c.id))
        for row in self.conn.execute(query):
            ent = found.get(row.canonical_id)
            if ent is None:
                continue
            self.local[(row.document_id, row.local_id)] = row.canonical_id
            ids = json.loads(row.ids or "{}")
            if ids.get("iso3") and len(ids["iso3"]) == 3 and ids["iso3"].isalpha():
                ent.countries[ids["iso3"]] += 1
            if ids.get("sector"):
                ent.sectors[ids["sector"]] += 1
            first = (self.articles[row.document_id][1], row.local_id)
            if ent.first_link == ("", "") or first < ent.first_link:
                ent.first_link = first
        keys: dict[tuple[str, ...], list[_Entity]] = defaultdict(list)
        mentioned = set(self.local.values())
        for ent in found.values():
            schema_name = _schema_of(ent, self.gaz)
            if schema_name is None or ent.canonical_id not in mentioned:
                continue  # no FtM schema fits; or an authority-list entry no article mentions
            ent.schema = schema_name
            self.entities[ent.canonical_id] = ent
            if ent.iso3:
                keys[("country", ent.iso3)].append(ent)
            elif ent.authority_id:
                keys[("authority", ent.authority_id)].append(ent)
            else:
                keys[("entity", ent.type, _fold(ent.name))].append(ent)
        for key, group in keys.items():
            for ent in group:  # two entities with one name (a curator's split): told apart by their first mention
                parts = key if len(group) == 1 else (*key, *ent.first_link)
                ent.id = f"{NAMESPACE}-{key[0]}-" + (key[1].lower() if key[0] == "country" else _digest(*parts[1:]))

    # --- writing -----------------------------------------------------------------------------
    def entity_proxies(self) -> Iterator[EntityProxy]:
        for ent in sorted(self.entities.values(), key=lambda x: x.id):
            proxy = self.model.make_entity(ent.schema)
            proxy.id = ent.id
            proxy.add("name", ent.name)
            strong, weak = _split_aliases(ent, self.gaz)
            proxy.add("alias", strong)
            proxy.add("weakAlias", weak)
            codes = [ent.iso3] if ent.iso3 else [c for c, _ in ent.countries.most_common(1)]
            proxy.add("country", _country_codes(codes))
            if ent.schema == "Territory" and ent.iso3:
                proxy.add("territoryCode", proxy.get("country"))  # ISO 3166-1 alpha-2, as FtM wants it
            if ent.schema == "Address":
                proxy.add("full", ent.name)
            yield proxy

    def article_proxies(self) -> Iterator[EntityProxy]:
        d = schema.documents
        query = select(d.c.id, d.c.sha256, d.c.doc_id, d.c.title, d.c.url, d.c.source, d.c.authors, d.c.published,
                       d.c.language, d.c.text).order_by(d.c.sha256).execution_options(yield_per=100)  # texts are big
        for row in self.conn.execute(query):
            proxy = self.model.make_entity("Article")
            proxy.id = self.articles[row.id][0]
            proxy.add("name", row.title or row.doc_id)
            proxy.add("title", row.title)
            proxy.add("publishedAt", row.published)
            proxy.add("sourceUrl", row.url)
            proxy.add("publisher", row.source)
            proxy.add("author", [a for a in json.loads(row.authors or "[]") if isinstance(a, str)])
            proxy.add("language", row.language)
            proxy.add("bodyText", row.text)
            yield proxy

    def link_proxies(self) -> Iterator[EntityProxy]:
        """The links, article by article (in SHA-256 order), each article's sorted by id: memory stays per article."""
        d = schema.documents
        docs = self.conn.execute(select(d.c.id, d.c.published).order_by(d.c.sha256)).all()
        for doc_id, published in docs:
            links = [*self._mentions(doc_id, published), *self._statements(doc_id, published),
                     *self._figures(doc_id, published), *self._events(doc_id, published)]
            yield from sorted(links, key=lambda p: str(p.id))

    def _mentions(self, doc_id: int, published: str | None) -> Iterator[EntityProxy]:
        """A Documentation edge per entity of the article, and a Mention per name it is written under."""
        e = schema.entities
        seen: dict[int, tuple[set[str], set[str]]] = {}  # canonical -> (names, roles)
        for row in self.conn.execute(select(e.c.local_id, e.c.name, e.c.aliases, e.c.roles).where(e.c.document_id == doc_id)):
            cid = self.local.get((doc_id, row.local_id))
            if cid not in self.entities:
                continue
            names, roles = seen.setdefault(cid, (set(), set()))
            names.update(n for n in [row.name, *json.loads(row.aliases or "[]")] if isinstance(n, str) and _is_name(n))
            roles.update(r for r in json.loads(row.roles or "[]") if isinstance(r, str))
        article, sha = self.articles[doc_id]
        for cid, (names, roles) in seen.items():
            ent = self.entities[cid]
            link = self.make("Documentation", "documentation", sha, ent.id)
            link.add("document", article)
            link.add("entity", ent.id)
            link.add("role", ["mentioned", *sorted(roles)])
            link.add("date", published)
            yield link
            for name in names:
                mention = self.make("Mention", "mention", sha, ent.id, name)
                mention.add("document", article)
                mention.add("name", name)
                mention.add("detectedSchema", ent.schema)
                if ent.schema in _LEGAL:
                    mention.add("resolved", ent.id)
                yield mention

    def _entity_of(self, doc_id: int, local_id: str | None) -> _Entity | None:
        cid = self.local.get((doc_id, local_id)) if local_id else None
        return self.entities.get(cid) if cid is not None else None

    def _claim(self, kind: str, doc_id: int, local_id: str, about: _Entity | None, role: str, summary: str,
               description: str, date: str | None) -> EntityProxy:
        """A statement or figure: a Documentation edge to the entity it is about, else a Note on its article.

        FtM has no schema for a quotation or a reported number. Said by (or about) an exported
        entity, it is an edge from the article to that entity; otherwise ("officials said", a
        figure without a subject) it is a Note on the article, which has no date property, so
        the date goes into its description.
        """
        article, sha = self.articles[doc_id]
        if about is not None:
            link = self.make("Documentation", kind, sha, local_id)
            link.add("document", article)
            link.add("entity", about.id)
            link.add("role", role)
            link.add("summary", summary)
            link.add("description", description)
            link.add("date", date)
            return link
        note = self.make("Note", kind, sha, local_id)
        note.add("entity", article)
        note.add("name", role)
        note.add("summary", summary)
        note.add("description", description + (f", date {date}" if date and date not in description else ""))
        note.add("proof", article)
        return note

    def _statements(self, doc_id: int, published: str | None) -> Iterator[EntityProxy]:
        s = schema.statements
        for row in self.conn.execute(select(s.c.document_id, s.c.local_id, s.c.kind, s.c.content, s.c.speaker,
                                            s.c.speaker_text, s.c.cue, s.c.date, s.c.via).where(s.c.document_id == doc_id)):
            speaker = self._entity_of(row.document_id, row.speaker)
            relays = [r.name for r in (self._entity_of(row.document_id, v) for v in json.loads(row.via or "[]")) if r]
            who = row.speaker_text or (speaker.name if speaker else "unattributed")
            said = f"{who} ({row.kind} statement{', cue: ' + row.cue if row.cue else ''})"
            said += f", according to {', '.join(relays)}" if relays else ""
            yield self._claim("statement", row.document_id, row.local_id, speaker, "statement", row.content, said,
                              row.date or published)

    def _figures(self, doc_id: int, published: str | None) -> Iterator[EntityProxy]:
        f = schema.figures
        for row in self.conn.execute(select(f.c.document_id, f.c.local_id, f.c.text, f.c.value, f.c.low, f.c.high,
                                            f.c.unit, f.c.quantity, f.c.subject, f.c.as_of, f.c.source)
                                     .where(f.c.document_id == doc_id)):
            exact = row.value is not None and row.low == row.value == row.high
            bounds = {"value": row.value, "low": None if exact else row.low, "high": None if exact else row.high,
                      "unit": row.unit, "as of": row.as_of}
            source = self._entity_of(row.document_id, row.source)
            text = ", ".join(f"{k} {_number(v)}" for k, v in bounds.items() if v is not None)
            quantity = row.quantity if row.quantity and row.quantity.lower() not in row.text.lower() else None
            yield self._claim("figure", row.document_id, row.local_id, self._entity_of(row.document_id, row.subject),
                              "figure" + (f": {row.quantity}" if row.quantity else ""),
                              row.text + (f" ({quantity})" if quantity else ""),
                              text + (f", according to {source.name}" if source else ""),
                              row.as_of or published)

    def _events(self, doc_id: int, published: str | None) -> Iterator[EntityProxy]:
        v, d = schema.events, schema.documents
        query = (select(v.c.document_id, v.c.local_id, v.c.type, v.c.trigger, v.c.mode, v.c.status, v.c.actor, v.c.target,
                        v.c.location, v.c.date, v.c.source, v.c.sentence_start, v.c.sentence_end)
                 .where(v.c.document_id == doc_id))
        rows = self.conn.execute(query).all()
        if not rows:
            return
        doc = self.conn.execute(select(d.c.text, d.c.url, d.c.source).where(d.c.id == doc_id)).one()
        for row in rows:
            article, sha = self.articles[row.document_id]
            proxy = self.make("Event", "event", sha, row.local_id)
            actor, target = self._entity_of(row.document_id, row.actor), self._entity_of(row.document_id, row.target)
            parties = " → ".join(p.name for p in (actor, target) if p)
            proxy.add("name", f"{row.type}: {parties}" if parties else f"{row.type} ({row.trigger})")
            if row.sentence_start is not None and row.sentence_end is not None:
                proxy.add("summary", doc.text[row.sentence_start:row.sentence_end])
            source = self._entity_of(row.document_id, row.source)
            proxy.add("description", ", ".join(filter(None, [
                f"trigger: {row.trigger}", f"mode: {row.mode}" if row.mode else None, f"status: {row.status}",
                f"according to {source.name}" if source else None])))
            proxy.add("date", row.date or published)
            for party in (actor, target):
                if party is None:
                    continue
                if party.schema in _LEGAL:
                    proxy.add("involved", party.id)
                proxy.add("country", _country_codes([party.iso3] if party.iso3 else [c for c, _ in party.countries.most_common(1)]))
            place = self._entity_of(row.document_id, row.location)
            if place is not None:
                proxy.add("location", place.name)
            proxy.add("proof", article)
            proxy.add("sourceUrl", doc.url)
            proxy.add("publisher", doc.source)
            yield proxy


def _number(value: object) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def to_line(proxy: EntityProxy) -> str:
    """One FtM entity as a JSON line: keys and each property's values sorted (stable output)."""
    data: dict[str, Any] = proxy.to_dict()
    props = {k: sorted(set(v)) for k, v in sorted(data["properties"].items())}
    return json.dumps({"id": data["id"], "schema": data["schema"], "properties": props},
                      ensure_ascii=False, sort_keys=True) + "\n"


def ftm_entities(store: Store) -> Iterator[EntityProxy]:
    """Yield the store as FtM entities: articles, canonical entities, then each article's links, in a stable order.

    Raises:
        ConfigError: ``followthemoney`` is not installed.
        StoreError: the store cannot be read.
    """
    model = load_model()
    try:
        with store.engine.connect() as conn:
            builder = _Builder(conn, model)
            builder.read()
            yield from builder.article_proxies()
            yield from builder.entity_proxies()
            yield from builder.link_proxies()
    except SQLAlchemyError as exc:
        raise StoreError(f"cannot export FollowTheMoney entities: {str(getattr(exc, 'orig', exc)).splitlines()[0]}") from None


def export_ftm(store: Store, fh: IO[str]) -> dict[str, int]:
    """Write the store's FtM entities to ``fh`` as JSON lines; return how many of each schema.

    Raises:
        ConfigError: ``followthemoney`` is not installed.
        StoreError: the store cannot be read.
    """
    counts: Counter[str] = Counter()
    for proxy in ftm_entities(store):
        fh.write(to_line(proxy))
        counts[proxy.schema.name] += 1
    return dict(sorted(counts.items()))


def export_ftm_file(store: Store, path: Path) -> dict[str, int]:
    """Write the store's FtM entities to ``path``; return how many of each schema.

    The lines go to a temporary file beside ``path`` that replaces it only once complete, so a
    failed export leaves no half-written file; a symlink or a non-regular file at ``path`` is
    refused, never written through (as for the other exports).

    Raises:
        ConfigError: ``followthemoney`` is not installed.
        InputError: ``path`` cannot be written, or is a symlink or not a regular file.
        StoreError: the store cannot be read.
    """
    load_model()
    if path.is_symlink():
        raise InputError(f"{path}: is a symlink: refused (export never writes through links)")
    if path.exists() and not path.is_file():
        raise InputError(f"{path}: not a regular file: refused")
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent if str(path.parent) else ".")
    except OSError as exc:
        raise InputError(f"{path}: cannot write ({exc.strerror})") from None
    try:
        with open(fd, "w", encoding="utf-8", newline="") as fh:
            counts = export_ftm(store, fh)
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise InputError(f"{path}: cannot write ({exc.strerror})") from None
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return counts


__all__ = ["INSTALL_HINT", "NAMESPACE", "export_ftm", "export_ftm_file", "ftm_entities", "load_model", "to_line"]
