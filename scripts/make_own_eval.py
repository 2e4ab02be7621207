#!/usr/bin/env python3
"""Builds tests/data/eval/{en,de,fr,es}.jsonl: small labeled pages written for deboil.

Every page is assembled from a body written here (title and two paragraphs) and site
chrome of its language (menus, widgets glued into the text, credits, related links,
comment chrome, footer). `keep` snippets come from the body, `drop` snippets from the
chrome; the script checks that each occurs as required (whitespace-normalized) and that
no drop snippet overlaps a keep snippet.

Run from the repository root: python3 scripts/make_own_eval.py
"""
import json
import os

from own_eval_data import BODIES, CHROME

TYPES = ["article", "product", "forum", "recipe", "documentation", "listing", "service"]


def norm(s):
    return " ".join(s.split())


def words(s, start, n):
    return " ".join(s.split()[start:start + n])


def pick(pool, i, k):
    return [pool[(i * k + j) % len(pool)] for j in range(k)]


def build(lang, i, body):
    page_type, title, p1, p2 = body
    c = CHROME[lang]
    menu = pick(c["menu"], i, 3)
    lines = []
    lines += menu
    lines.append(c["crumb"][i % len(c["crumb"])])
    lines.append(title)
    lines.append(c["byline"][i % len(c["byline"])])
    lines.append(c["date"][i % len(c["date"])])
    share = c["share"][i % len(c["share"])]
    lines.append(share)
    glued = c["glued"][i % len(c["glued"])]
    # The first paragraph's last sentence gets a widget glued after it.
    lines.append(p1 + glued + p2)
    credit = c["credit"][i % len(c["credit"])]
    lines.append(credit)
    related = pick(c["related"], i, 2)
    lines += related
    comments = pick(c["comments"], i, 2)
    lines += comments
    footer = pick(c["footer"], i, 2)
    lines += footer
    text = "\n".join(lines) + "\n"

    keep = [title if len(title.split()) <= 8 else words(title, 0, 6), words(p1, 0, 6), words(p2, 2, 6), words(p2, -6 if False else len(p2.split()) - 6, 6)]
    keep = [k for k in dict.fromkeys(keep) if 3 <= len(k.split()) <= 8]
    cand = [menu[0], c["crumb"][i % len(c["crumb"])], c["byline"][i % len(c["byline"])], share, glued.strip(), credit] + related + comments + footer
    drop = []
    for d in cand:
        d = norm(d)
        if len(d.split()) < 3 or d in drop:
            continue
        drop.append(d)
    return {
        "id": f"deboil-own/{lang}/{i + 1:03d}",
        "source": "deboil-own",
        "split": "test",
        "task": "page",
        "lang": lang,
        "url": "",
        "page_type": page_type,
        "text": text,
        "keep": keep[:8],
        "drop": drop[:8],
    }


def check(doc):
    t = norm(doc["text"])
    assert 3 <= len(doc["keep"]) <= 8, (doc["id"], doc["keep"])
    assert 3 <= len(doc["drop"]) <= 8, (doc["id"], doc["drop"])
    for k in doc["keep"]:
        assert norm(k) in t, (doc["id"], "keep", k)
        assert 3 <= len(k.split()) <= 8, (doc["id"], k)
    for d in doc["drop"]:
        assert len(d.split()) >= 3, (doc["id"], d)
        assert t.count(norm(d)) == 1, (doc["id"], "drop not once", d)
        for k in doc["keep"]:
            assert norm(k) not in norm(d) and norm(d) not in norm(k), (doc["id"], "overlap", d, k)
            # No drop occurrence may overlap a keep occurrence in the text.
            ds = t.find(norm(d))
            ks = t.find(norm(k))
            assert ds + len(norm(d)) <= ks or ks + len(norm(k)) <= ds, (doc["id"], "overlap", d, k)


def main():
    root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
    out_dir = os.path.join(root, "tests", "data", "eval")
    os.makedirs(out_dir, exist_ok=True)
    for lang, bodies in BODIES.items():
        docs = [build(lang, i, b) for i, b in enumerate(bodies)]
        for d in docs:
            check(d)
        with open(os.path.join(out_dir, f"{lang}.jsonl"), "w", encoding="utf-8") as f:
            for d in docs:
                f.write(json.dumps(d, ensure_ascii=False) + "\n")
        print(f"{lang}: {len(docs)} documents")


if __name__ == "__main__":
    main()
