import json, re, sys, glob, os, unicodedata
KINDS={"number","percent","money","date","year","duration","person","organisation","country","place","law-or-treaty","scheme-or-project","event","other"}
def norm(s):
    s=s.lower()
    s=re.sub(r"[-\u2010\u2011\u2013\u2014]"," ",s)
    s=re.sub(r"[^\w\s]","",s)
    return " ".join(s.split())
base=os.path.dirname(os.path.abspath(__file__))
bad=0
for ap in sorted(glob.glob(os.path.join(base,"articles","*.txt"))):
    slug=os.path.basename(ap)[:-4]
    text=open(ap,encoding="utf-8").read()
    lines=text.split("\n")
    head=lines[0]
    if lines[1]!="": print(slug,"line 2 not blank"); bad+=1
    body="\n".join(lines[2:])
    words=len(body.split())
    fp=os.path.join(base,"facts",slug+".json")
    try: facts=json.load(open(fp,encoding="utf-8"))
    except Exception as e: print(slug,"JSON error",e); bad+=1; continue
    persent={}
    for i,f in enumerate(facts):
        if set(f)!={"q","a","accept","evidence","kind"}: print(slug,i,"fields",set(f)); bad+=1
        if f["kind"] not in KINDS: print(slug,i,"kind",f["kind"]); bad+=1
        ev=f["evidence"]
        if ev not in body: print(slug,i,"evidence not in article body:",ev[:70]); bad+=1
        if ev in head: print(slug,i,"evidence from headline"); bad+=1
        if f["a"].lower() not in ev.lower(): print(slug,i,"answer not in evidence:",f["a"]); bad+=1
        variants={norm(x) for x in [f["a"]]+f["accept"]}
        for j,(ov) in persent.get(ev,[]):
            if variants & ov: print(slug,i,"shares answer variant with fact",j,variants&ov); bad+=1
        persent.setdefault(ev,[]).append((i,variants))
        k=body.find(ev)
        if k>=0:
            pre=body[max(0,k-2):k]; post=body[k+len(ev):k+len(ev)+1]
            if not (k==0 or pre.endswith("\n") or re.match(r"[.?!”\"] ",pre)): print(slug,i,"evidence does not start a sentence:",repr(pre))
            if not (post in ("","\n"," ") and ev[-1] in ".?!”\""): print(slug,i,"evidence does not end a sentence:",repr(ev[-3:]),repr(post))
    if not 12<=len(facts)<=16: print(slug,"fact count out of range"); bad+=1
    if not 450<=words<=750: print(slug,"word count out of range"); bad+=1
    print(f"{slug}: {words} words (body), {len(text.split())} incl. headline, {len(facts)} facts")
print("FAIL" if bad else "ALL OK", bad)
