"""Pieces shared by the scripts that build deboil's later hand-written sets
(make_holdout_eval.py, make_train_set.py, make_train_set2.py).

They all reuse the markup, rendering, snippet rules and validation of
make_blind_eval.py, loaded here as a module with its own documents dropped.
"""

import collections
import importlib.util
import os
import sys
import urllib.parse

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def machinery():
    """make_blind_eval.py as a module, with an empty document registry: it
    registers its own (held-out) documents at import time, and none of them
    may end up in another set."""
    sys.dont_write_bytecode = True  # leave no __pycache__ in scripts/
    spec = importlib.util.spec_from_file_location(
        "_deboil_eval_machinery", os.path.join(HERE, "make_blind_eval.py"))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    mod.DOCS = {lang: [] for lang in mod.LANGS}
    return mod


class Sited:
    """Documents registered with the fictional page they sit on: the trainer
    splits its cross-validation folds by host."""

    def __init__(self, machinery_module, langs):
        self.m = machinery_module
        self.urls = {lang: [] for lang in langs}

    def doc(self, lang, task, page_type, url, body, blank=False):
        """Register one hand-written document on the fictional page `url`."""
        assert lang in self.urls, lang
        parts = urllib.parse.urlsplit(url)
        assert parts.scheme == "https" and parts.hostname, url
        assert parts.hostname.endswith(".example"), url
        self.m.doc(lang, task, page_type, body, blank=blank)
        self.urls[lang].append(url)
        assert len(self.urls[lang]) == len(self.m.DOCS[lang])

    def docs(self, lang):
        """The documents of `lang` with their urls, in registration order."""
        return list(zip(self.m.DOCS[lang], self.urls[lang]))


def boiler_share(lines):
    """Share of parsed lines that hold nothing but boilerplate."""
    only_b = sum(1 for line in lines if all(seg[0] in "BS" for seg in line))
    return only_b / len(lines)


def write_training_set(m, sited, expected, id_prefix, suffix, extracted_share,
                       max_per_host, check=None):
    """Builds the registered documents and writes
    tests/data/train/<lang><suffix>.jsonl for each language of `expected`
    (language -> number of documents), with ids "<id_prefix>-<lang>-NN".

    Asserts the set's make-up: the counts, the share of extracted-text
    documents per language (`extracted_share`, a (low, high) pair), at most a
    fifth of an extracted document's lines and at least a fifth of a page's
    lines pure boilerplate, one url per document, at most `max_per_host`
    documents per host, all page types; `check(rec, segs)` may assert more
    per record. Prints a summary."""
    out_dir = os.path.join(ROOT, "tests", "data", "train")
    os.makedirs(out_dir, exist_ok=True)
    summary = []
    hosts, types, n_tasks = (collections.Counter() for _ in range(3))
    urls = set()
    for lang, n in expected.items():
        docs = sited.docs(lang)
        assert len(docs) == n, (lang, len(docs))
        tasks = collections.Counter(d["task"] for d, _ in docs)
        n_tasks.update(tasks)
        low, high = extracted_share
        assert low <= tasks["extracted"] / n <= high, (lang, tasks)
        recs = []
        for i, (d, url) in enumerate(docs):
            doc_id = "%s-%s-%02d" % (id_prefix, lang, i + 1)
            rec, lines, segs = m.record(doc_id, "deboil-train", "train", lang,
                                        url, d)
            if check:
                check(rec, segs)
            share = boiler_share(lines)
            if rec["task"] == "extracted":
                assert share <= 0.2, (doc_id, share)
            else:
                assert share >= 0.2, (doc_id, share)
            assert url not in urls, url
            urls.add(url)
            hosts[urllib.parse.urlsplit(url).hostname] += 1
            types[rec["page_type"]] += 1
            recs.append(rec)
        path = os.path.join(out_dir, "%s%s.jsonl" % (lang, suffix))
        n_keep, n_drop = m.write_jsonl(path, recs)
        summary.append("%s: %d docs (%d page, %d extracted), %d keep, %d drop "
                       "-> %s" % (lang, n, tasks["page"], tasks["extracted"],
                                  n_keep, n_drop, os.path.relpath(path, ROOT)))
    assert set(types) == set(m.PAGE_TYPES), types
    assert max(hosts.values()) <= max_per_host, hosts
    summary.append("%d docs on %d hosts (%d page, %d extracted); page types: "
                   "%s" % (sum(types.values()), len(hosts), n_tasks["page"],
                           n_tasks["extracted"],
                           ", ".join("%s %d" % kv
                                     for kv in sorted(types.items()))))
    print("\n".join(summary))


def check_forced_keeps(rec, segs):
    """Every forced line (C!) and the first content line got a keep snippet,
    and neither snippet list is over 40."""
    cands = [s for s in segs
             if s["label"] == "C" and len(s["text"].split()) >= 3]
    for s in cands:
        if s["force"] or s is cands[0]:
            flat = " ".join(s["text"].split())
            assert any(k in flat for k in rec["keep"]), (rec["id"], s["text"])
    assert len(rec["keep"]) <= 40 and len(rec["drop"]) <= 40, rec["id"]
