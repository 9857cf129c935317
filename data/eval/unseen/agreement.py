"""Agreement between the two independent readings of the unseen set, and of each with the merged gold.

Run from the repository root: python3 data/eval/unseen/agreement.py
Writes data/eval/unseen/agreement.json and the figures block of data/eval/unseen/AGREEMENT.md
(between the figures markers); everything else in AGREEMENT.md is prose.

Entities are aligned across readings by id, then by a shared normalised name or alias (NFKC,
case-folded), then by the two pairs listed in SAME_ENTITY (the same entity under names that share no
form). Relations are compared as (doc, source, type, target) after alignment, COLLABORATES_WITH
without direction; pairs as (doc, unordered pair of ends). Agreement is F1 = 2|A∩B| / (|A| + |B|)
(positive specific agreement): Cohen's kappa needs the count of items neither reader marked, which
is unbounded for spans and relations, and kappa tends to this F1 as that count grows (Hripcsak and
Rothschild 2005). Kappa is reported where both readers labelled the same items: entity types of the
shared entities and the certainty (explicit/implied) of the shared relations.
"""

import csv
import json
import re
import unicodedata
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
SAME_ENTITY = {  # reader A id -> reader B id, where no name or alias is shared
    "four-national-future-sci-tech-cities": "four-future-sci-tech-cities",  # 全国“四大未来科技城” / 四大未来科技城
    "srdi-enterprises": "specialised-sophisticated-smes",  # “专精特新”企业 / 专精特新中小企业
}
SYMMETRIC = {"COLLABORATES_WITH"}


def read(path):
    with open(path, encoding="utf-8") as f:
        return list(csv.DictReader(f))


def norm(s):
    return unicodedata.normalize("NFKC", s).strip().lower()


def forms(e):
    return {norm(e["name_zh"])} | {norm(a) for a in e["aliases"].split("|") if a.strip()}


def align(src, dst, manual=None):
    """Maps each entity id of `src` to the id of the same entity in `dst` (or None)."""
    by_form = {f: e["id"] for e in dst for f in forms(e)}
    ids = {e["id"] for e in dst}
    out = {}
    for e in src:
        if e["id"] in ids:
            out[e["id"]] = e["id"]
        elif manual and e["id"] in manual:
            out[e["id"]] = manual[e["id"]]
        else:
            hits = {by_form[f] for f in forms(e) if f in by_form}
            out[e["id"]] = hits.pop() if len(hits) == 1 else None
    return out


def f1(a, b):
    return 2 * len(a & b) / (len(a) + len(b)) if a or b else 1.0


def kappa(pairs):
    """Cohen's kappa for a list of (label_a, label_b)."""
    n = len(pairs)
    if n == 0:
        return None
    po = sum(1 for a, b in pairs if a == b) / n
    ca, cb = Counter(a for a, _ in pairs), Counter(b for _, b in pairs)
    pe = sum(ca[k] * cb[k] for k in set(ca) | set(cb)) / (n * n)
    return 1.0 if pe == 1 else (po - pe) / (1 - pe)


def rel_key(r, m):
    s, t = m(r["source"]), m(r["target"])
    if r["type"] in SYMMETRIC and s > t:
        s, t = t, s
    return (r["doc"], s, r["type"], t)


def pair_key(r, m):
    return (r["doc"],) + tuple(sorted((m(r["source"]), m(r["target"]))))


def mentions(text, entities):
    """Entity ids named in `text`, longest form first, as src/data/mentions.ts finds them."""
    cands = []
    for e in entities:
        for f in {e["name_zh"]} | {a for a in e["aliases"].split("|") if a}:
            start = text.find(f)
            while start >= 0:
                cands.append((start, start + len(f), e["id"]))
                start = text.find(f, start + 1)
    cands.sort(key=lambda c: (-(c[1] - c[0]), c[0]))
    taken = [False] * len(text)
    found = set()
    for s, t, i in cands:
        if any(taken[s:t]):
            continue
        taken[s:t] = [True] * (t - s)
        found.add(i)
    return found


def doc_entities(entities, relations, texts, m):
    """Per document, the entities the evaluation counts as gold: mentioned or an end of a relation."""
    out = {}
    for doc, text in texts.items():
        ids = mentions(text, entities)
        ids |= {r["source"] for r in relations if r["doc"] == doc} | {r["target"] for r in relations if r["doc"] == doc}
        out[doc] = {(doc, m(i)) for i in ids}
    return out


def compare(ea, ra, eb, rb, texts, manual=None):
    amap = align(ea, eb, manual)
    ma = lambda i: amap.get(i) or "A:" + i
    mb = lambda i: i
    matched = {v for v in amap.values() if v}
    ka, kb = {rel_key(r, ma) for r in ra}, {rel_key(r, mb) for r in rb}
    pa, pb = {pair_key(r, ma) for r in ra}, {pair_key(r, mb) for r in rb}
    da, db = doc_entities(ea, ra, texts, ma), doc_entities(eb, rb, texts, mb)
    all_da = set().union(*da.values())
    all_db = set().union(*db.values())
    type_a = {amap[e["id"]]: e["type"] for e in ea if amap[e["id"]]}
    type_b = {e["id"]: e["type"] for e in eb}
    shared = sorted(matched)

    def certainty(rows, m):
        by = {}
        for r in rows:
            k = rel_key(r, m)
            by[k] = "explicit" if r["certainty"] == "explicit" or by.get(k) == "explicit" else "implied"
        return by

    ca, cb = certainty(ra, ma), certainty(rb, mb)
    both_keys = sorted(ka & kb)
    types_a, types_b = {}, {}
    for d, s, t, o in ka:
        types_a.setdefault((d,) + tuple(sorted((s, o))), set()).add(t)
    for d, s, t, o in kb:
        types_b.setdefault((d,) + tuple(sorted((s, o))), set()).add(t)
    shared_pairs = sorted(pa & pb)
    per_doc = {}
    for doc in sorted(texts):
        a = {k for k in ka if k[0] == doc}
        b = {k for k in kb if k[0] == doc}
        ea_doc, eb_doc = da[doc], db[doc]
        per_doc[doc] = {
            "entities_a": len(ea_doc), "entities_b": len(eb_doc), "entities_both": len(ea_doc & eb_doc),
            "entities_f1": round(f1(ea_doc, eb_doc), 3),
            "relations_a": len(a), "relations_b": len(b), "relations_both": len(a & b),
            "relations_f1": round(f1(a, b), 3),
        }
    return {
        "entity_rows": {"a": len(ea), "b": len(eb), "same_entity": len(matched),
                        "same_id": sum(1 for k, v in amap.items() if k == v),
                        "only_a": sorted(k for k, v in amap.items() if not v),
                        "only_b": sorted({e["id"] for e in eb} - matched),
                        "f1": round(2 * len(matched) / (len(ea) + len(eb)), 3)},
        "document_entities": {"a": len(all_da), "b": len(all_db), "both": len(all_da & all_db),
                              "f1": round(f1(all_da, all_db), 3)},
        "relations_typed": {"a": len(ka), "b": len(kb), "both": len(ka & kb), "f1": round(f1(ka, kb), 3)},
        "relations_pairs": {"a": len(pa), "b": len(pb), "both": len(pa & pb), "f1": round(f1(pa, pb), 3),
                            "shared_pairs_same_types": sum(1 for p in shared_pairs if types_a[p] == types_b[p]),
                            "shared_pairs": len(shared_pairs)},
        "entity_type_kappa": round(kappa([(type_a[i], type_b[i]) for i in shared]), 3),
        "entity_type_same": sum(1 for i in shared if type_a[i] == type_b[i]),
        "certainty_kappa": round(kappa([(ca[k], cb[k]) for k in both_keys]), 3),
        "certainty_same": sum(1 for k in both_keys if ca[k] == cb[k]),
        "certainty_compared": len(both_keys),
        "per_document": per_doc,
    }


def main():
    docs = read(HERE / "documents.csv")
    texts = {d["id"]: (HERE / "documents" / d["file"]).read_text(encoding="utf-8") for d in docs}
    ea, ra = read(HERE / "reader-a/entities.csv"), read(HERE / "reader-a/relations.csv")
    eb, rb = read(HERE / "reader-b/entities.csv"), read(HERE / "reader-b/relations.csv")
    eg, rg = read(HERE / "entities.csv"), read(HERE / "relations.csv")
    gold_rows = {"entities": len(eg), "relation_rows": len(rg),
                 "relations_typed": len({rel_key(r, lambda i: i) for r in rg}),
                 "per_document": {}}
    for doc in sorted(texts):
        rows = [r for r in rg if r["doc"] == doc]
        gold_rows["per_document"][doc] = {
            "characters": len(texts[doc]),
            "entities": len(doc_entities(eg, rg, {doc: texts[doc]}, lambda i: i)[doc]),
            "relation_rows": len(rows),
            "relations_typed": len({rel_key(r, lambda i: i) for r in rows}),
            "explicit_rows": sum(1 for r in rows if r["certainty"] == "explicit"),
        }
    result = {
        "a_vs_b": compare(ea, ra, eb, rb, texts, SAME_ENTITY),
        "a_vs_gold": compare(ea, ra, eg, rg, texts, SAME_ENTITY),
        "b_vs_gold": compare(eb, rb, eg, rg, texts, {"specialised-sophisticated-smes": "srdi-enterprises"}),
        "gold": gold_rows,
    }
    (HERE / "agreement.json").write_text(json.dumps(result, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    write_figures(result)


def write_figures(res):
    ab, ag, bg, g = res["a_vs_b"], res["a_vs_gold"], res["b_vs_gold"], res["gold"]
    L = []
    L.append("| measure | reader A | reader B | both | agreement (F1) |")
    L.append("| --- | ---: | ---: | ---: | ---: |")
    er = ab["entity_rows"]
    L.append(f"| entity rows (aligned by id, then name/alias) | {er['a']} | {er['b']} | {er['same_entity']} | {er['f1']:.3f} |")
    de = ab["document_entities"]
    L.append(f"| entities per document (named in the text or an end of a relation) | {de['a']} | {de['b']} | {de['both']} | {de['f1']:.3f} |")
    rt = ab["relations_typed"]
    L.append(f"| relations (doc, source, type, target) | {rt['a']} | {rt['b']} | {rt['both']} | {rt['f1']:.3f} |")
    rp = ab["relations_pairs"]
    L.append(f"| relation pairs (doc, two ends) | {rp['a']} | {rp['b']} | {rp['both']} | {rp['f1']:.3f} |")
    L.append("")
    L.append(f"Ids: {er['same_id']} of the {er['same_entity']} shared entities had the same id in both readings "
             f"(copied rows of `data/entities.csv` and ids both readers derived alike); the rest were aligned by name.")
    L.append(f"Labels both readers gave the same items: entity type {ab['entity_type_same']}/{er['same_entity']} "
             f"(Cohen's kappa {ab['entity_type_kappa']:.3f}); certainty of the shared relations "
             f"{ab['certainty_same']}/{ab['certainty_compared']} (kappa {ab['certainty_kappa']:.3f}); "
             f"of the {rp['shared_pairs']} pairs both linked, {rp['shared_pairs_same_types']} with the same relation type(s).")
    L.append("")
    L.append("Per document (A vs B):")
    L.append("")
    L.append("| document | chars | entities A / B / both | F1 | relations A / B / both | F1 |")
    L.append("| --- | ---: | --- | ---: | --- | ---: |")
    for doc, v in ab["per_document"].items():
        L.append(f"| `{doc}` | {g['per_document'][doc]['characters']} | {v['entities_a']} / {v['entities_b']} / {v['entities_both']} | "
                 f"{v['entities_f1']:.3f} | {v['relations_a']} / {v['relations_b']} / {v['relations_both']} | {v['relations_f1']:.3f} |")
    L.append("")
    L.append("Each reading against the merged gold:")
    L.append("")
    L.append("| reading | entities per document F1 | relations F1 | pairs F1 |")
    L.append("| --- | ---: | ---: | ---: |")
    for name, v in (("reader A", ag), ("reader B", bg)):
        L.append(f"| {name} | {v['document_entities']['f1']:.3f} | {v['relations_typed']['f1']:.3f} | {v['relations_pairs']['f1']:.3f} |")
    L.append("")
    L.append(f"Merged gold: {g['entities']} entities, {g['relation_rows']} evidence rows, "
             f"{g['relations_typed']} distinct relations (doc, source, type, target).")
    L.append("")
    L.append("| document | entities | evidence rows | distinct relations | explicit rows |")
    L.append("| --- | ---: | ---: | ---: | ---: |")
    for doc, v in g["per_document"].items():
        L.append(f"| `{doc}` | {v['entities']} | {v['relation_rows']} | {v['relations_typed']} | {v['explicit_rows']} |")
    block = "\n".join(L)
    path = HERE / "AGREEMENT.md"
    text = path.read_text(encoding="utf-8")
    new = re.sub(r"(<!-- figures:start[^>]*-->\n).*?(<!-- figures:end -->)", lambda m: m.group(1) + block + "\n" + m.group(2), text, flags=re.S)
    path.write_text(new, encoding="utf-8")


if __name__ == "__main__":
    main()
