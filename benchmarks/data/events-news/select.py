import gzip,json,re,collections
VERBS = r"\b(attack|arrest|protest|clash|riot|captur|kill|shot|shoot|demand|call(?:ed|s|ing)? (?:for|on)|urg|accus|condemn|critici[sz]|denounc|threat|warn|negotiat|met|meet|agree|sign|sanction|ban|deploy|releas|fre(?:e|ed)|detain|charg|strik|march|demonstrat|seiz|hijack|rescu|sentenc|convict|investigat|prob|impos|support|help|reject|refus|deny|denied|withdr|resign|surrender|storm|block|evacuat|hurl|threw|throw|loot|torch|fired)\w*"
arts=[json.loads(l) for l in gzip.open('../shared/datasets/ecbplus-entities/dev.jsonl.gz')]
TOPICS={8:6,12:6,19:6,11:2,26:2}
out=[]
for t in TOPICS:
    docs=sorted([a for a in arts if int(a['topic'])==t], key=lambda a:a['id'])[:TOPICS[t]]
    for a in docs:
        for n,s in enumerate(a['text'].split('\n')):
            if s.startswith('http') or len(s.split())<6: continue
            if re.search(VERBS, s, re.I):
                out.append({'id':f"{a['id']}-s{n}", 'text':s})
print(len(out))
for o in out: print(o['id'],'|',o['text'])
