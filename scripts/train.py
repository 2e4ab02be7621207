#!/usr/bin/env python3
"""Fits deboil's line model (src/model.rs) from labeled eval files.

Usage:  python3 scripts/train.py ../shared/eval/wcxb-dev-extracted.jsonl ../shared/eval/wcxb-dev-page.jsonl

It runs `cargo run --release --example dump_features` on the files (so features are computed
by the crate itself), fits an L2-regularised logistic regression by Newton's method (pure
Python, no dependencies), reports accuracy on 5 folds split by site (a site's pages never sit
in both the training and the test part of a fold), then writes the weights fitted on all
rows into src/model.rs. Same input, same weights: the fit is deterministic.
"""
import hashlib, math, os, re, subprocess, sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
L2 = 1.0  # ridge penalty on the (standardised) weights

def load(files):
    out = subprocess.run(["cargo", "run", "--release", "--quiet", "--example", "dump_features", "--"] + files,
                         cwd=ROOT, check=True, capture_output=True, text=True).stdout
    rows = out.splitlines()
    names = rows[0].split("\t")[5:]
    data = []
    for r in rows[1:]:
        c = r.split("\t")
        data.append((c[0], c[2], int(c[3]), float(c[4]), [float(x) for x in c[5:]]))
    return names, data

def solve(a, b):
    n = len(b)
    m = [row[:] + [b[i]] for i, row in enumerate(a)]
    for col in range(n):
        piv = max(range(col, n), key=lambda r: abs(m[r][col]))
        m[col], m[piv] = m[piv], m[col]
        p = m[col][col]
        if abs(p) < 1e-12:
            continue
        for r in range(n):
            if r != col and m[r][col] != 0.0:
                f = m[r][col] / p
                for k in range(col, n + 1):
                    m[r][k] -= f * m[col][k]
    return [m[i][n] / m[i][i] if abs(m[i][i]) > 1e-12 else 0.0 for i in range(n)]

def fit(rows, nf, iters=12):
    # rows: (y, w, x); balance classes so both count equally
    wy = [sum(w for y, w, _ in rows if y == c) for c in (0, 1)]
    cls_w = [0.5 * sum(wy) / max(wy[0], 1e-9), 0.5 * sum(wy) / max(wy[1], 1e-9)]
    beta = [0.0] * (nf + 1)
    for _ in range(iters):
        h = [[0.0] * (nf + 1) for _ in range(nf + 1)]
        g = [0.0] * (nf + 1)
        for y, w, x in rows:
            xx = [1.0] + x
            z = sum(b * v for b, v in zip(beta, xx))
            p = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
            sw = w * cls_w[y]
            r = sw * (p - y)
            s = sw * p * (1 - p)
            for i in range(nf + 1):
                g[i] += r * xx[i]
                si = s * xx[i]
                hi = h[i]
                for j in range(i, nf + 1):
                    hi[j] += si * xx[j]
        for i in range(nf + 1):
            for j in range(i):
                h[i][j] = h[j][i]
        for i in range(1, nf + 1):
            h[i][i] += L2
            g[i] += L2 * beta[i]
        step = solve(h, g)
        beta = [b - s for b, s in zip(beta, step)]
    return beta

def score(beta, x):
    return beta[0] + sum(b * v for b, v in zip(beta[1:], x))

def main():
    files = sys.argv[1:]
    if not files:
        sys.exit(__doc__)
    names, data = load(files)
    print(f"{len(data)} labeled lines, {len(names)} features")
    split = float(re.search(r"PAGE_SPLIT: f32 = ([0-9.]+);", open(os.path.join(ROOT, "src", "model.rs")).read()).group(1))
    betas = []
    for regime in (0, 1):
        part = [row for row in data if (row[4][-1] >= split) == bool(regime)]
        print(f"== regime {regime} ({'page text' if regime else 'article text'}): {len(part)} lines")
        betas.append(train_regime(part, names))
    path = os.path.join(ROOT, "src", "model.rs")
    src = open(path).read()
    bias = ", ".join(f"{b[0]:.5}" for b in betas)
    ws = ", ".join("[" + ", ".join(f"{v:.5}" for v in b[1:]) + "]" for b in betas)
    src = re.sub(r"pub\(crate\) const BIAS: \[f32; 2\] = [^;]*;", f"pub(crate) const BIAS: [f32; 2] = [{bias}];", src)
    src = re.sub(r"pub\(crate\) const WEIGHTS: \[\[f32; NF\]; 2\] = .*\]\];", f"pub(crate) const WEIGHTS: [[f32; NF]; 2] = [{ws}];", src)
    open(path, "w").write(src)
    print(f"wrote {path}")

def train_regime(data, names):
    nf = len(names)
    def fold(site):
        return int(hashlib.sha1(site.encode()).hexdigest(), 16) % 5
    for k in range(5):
        train = [(y, w, x) for f, s, y, w, x in data if fold(s) != k]
        test = [(y, w, x, f) for f, s, y, w, x in data if fold(s) == k]
        beta = fit(train, nf)
        for fi in sorted(set(t[3] for t in test)):
            tt = [t for t in test if t[3] == fi]
            keep = [t for t in tt if t[0] == 0]
            drop = [t for t in tt if t[0] == 1]
            kr = sum(w for y, w, x, _ in keep if score(beta, x) <= 0) / max(1, sum(w for _, w, _, _ in keep))
            dr = sum(w for y, w, x, _ in drop if score(beta, x) > 0) / max(1, sum(w for _, w, _, _ in drop))
            print(f"fold {k} file {fi}: content lines kept {kr:.3f}, boilerplate lines cut {dr:.3f}")
    beta = fit([(y, w, x) for _, _, y, w, x in data], nf)
    for n, b in zip(["bias"] + names, beta):
        print(f"  {n:18s} {b:+.4f}")
    return beta

if __name__ == "__main__":
    main()
