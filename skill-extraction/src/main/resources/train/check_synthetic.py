#!/usr/bin/env python3
"""Check synthetic-job-sentences.tsv (skillgap training data).

Usage: python3 check_synthetic.py [TSV] [--esco PATH/TO/skills_en.csv]
Defaults: the TSV next to this script; ESCO from $ESCO_SKILLS or
/work/shared/data/esco-v1.1.1/skills_en.csv.

Checks: 5 tab-separated columns; unique ids; valid sector and kind; every URI is a
skill conceptUri of ESCO v1.1.1 skills_en.csv; no URI repeated on a line; demand lines
carry 1-3 URIs; employer and benefit lines carry none; trap lines at most 3; no
duplicate sentences (case and whitespace folded). Prints counts by kind and sector.
Exit status 1 if any problem is found.
"""
import collections, csv, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
SECTORS = {"health", "software", "sales_marketing", "finance", "education",
           "hospitality_retail", "engineering", "logistics", "public_sector", "hr"}
KINDS = {"demand", "employer", "benefit", "trap"}
URI_RE = re.compile(r"^http://data\.europa\.eu/esco/skill/[0-9a-f-]{36}$")


def main(argv):
    args = list(argv)
    esco = os.environ.get("ESCO_SKILLS", "/work/shared/data/esco-v1.1.1/skills_en.csv")
    if "--esco" in args:
        i = args.index("--esco"); esco = args[i + 1]; del args[i:i + 2]
    tsv = args[0] if args else os.path.join(HERE, "synthetic-job-sentences.tsv")

    with open(esco, newline="", encoding="utf-8") as f:
        uris = {r["conceptUri"] for r in csv.DictReader(f)}
    errors = []
    ids, sentences = set(), {}
    kinds, sectors, per = collections.Counter(), collections.Counter(), collections.Counter()
    n_uris = 0
    with open(tsv, encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            cols = line.split("\t")
            if len(cols) != 5:
                errors.append(f"{ln}: {len(cols)} columns, want 5"); continue
            id_, sector, sentence, uri_col, kind = cols
            if not id_ or id_ in ids:
                errors.append(f"{ln}: missing or duplicate id {id_!r}")
            ids.add(id_)
            if sector not in SECTORS:
                errors.append(f"{ln}: unknown sector {sector!r}")
            if kind not in KINDS:
                errors.append(f"{ln}: unknown kind {kind!r}")
            if not sentence.strip() or sentence != sentence.strip():
                errors.append(f"{ln}: empty sentence or stray whitespace")
            key = " ".join(sentence.lower().split())
            if key in sentences:
                errors.append(f"{ln}: duplicate sentence (first at line {sentences[key]})")
            sentences.setdefault(key, ln)
            us = uri_col.split(" ") if uri_col else []
            for u in us:
                if not URI_RE.match(u):
                    errors.append(f"{ln}: malformed URI {u!r}")
                elif u not in uris:
                    errors.append(f"{ln}: URI not in ESCO skills_en.csv: {u}")
            if len(set(us)) != len(us):
                errors.append(f"{ln}: URI repeated on one line")
            if kind == "demand" and not 1 <= len(us) <= 3:
                errors.append(f"{ln}: demand line with {len(us)} URIs (want 1-3)")
            if kind in ("employer", "benefit") and us:
                errors.append(f"{ln}: {kind} line must have no URIs")
            if kind == "trap" and len(us) > 3:
                errors.append(f"{ln}: trap line with {len(us)} URIs")
            kinds[kind] += 1; sectors[sector] += 1; per[(sector, kind)] += 1; n_uris += len(us)

    total = sum(kinds.values())
    print(f"{tsv}: {total} sentences, {n_uris} skill links, {len(uris)} ESCO skills known")
    for k in sorted(kinds):
        print(f"  kind   {k:<20}{kinds[k]:>5}  {100.0 * kinds[k] / max(total, 1):5.1f}%")
    for s, c in sectors.most_common():
        detail = " ".join(f"{k}={per[(s, k)]}" for k in ("demand", "employer", "benefit", "trap"))
        print(f"  sector {s:<20}{c:>5}  {100.0 * c / max(total, 1):5.1f}%  {detail}")
    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else f"{len(errors)} problem(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
