#!/usr/bin/env python3
"""Fits deboil's line model (src/model.rs) from labeled eval files.

Usage:  python3 scripts/train.py ../shared/eval/wcxb-dev-extracted.jsonl ../shared/eval/wcxb-dev-page.jsonl \
            --written tests/data/train/*.jsonl --batches tests/data/eval/batch{17..30}/*.jsonl
        python3 scripts/train.py --features FEATURES.tsv      (a saved dump_features output)
        python3 scripts/train.py --search FILES...            (CV grid: depth, rate, trees; writes nothing)
        python3 scripts/train.py --check FILES...             (fit, and fail if src/model.rs differs)

It runs `cargo run --release --example dump_features` on the files (so features are computed
by the crate itself) and fits, for each regime (article text, page text; see `regime` in
src/model.rs), an ensemble of gradient-boosted regression trees on the logistic loss: features
binned into at most 32 quantile bins, trees of fixed depth grown level by level from gradient
and hessian histograms, shrinkage, an L2 penalty on leaf values and a minimum of rows per leaf.
Classes are balanced (each class weighs half) on top of each row's weight (its snippet count;
1 for a line that lies wholly inside a snippet running over several lines, such as a menu's
one-word items: see examples/dump_features.rs).

It reports, on 5 folds split by site (a site's pages never sit in both the training and the
test part of a fold), content lines kept and boilerplate lines cut at log-odds 0, and the
cross-validated ROC AUC, both for the ensemble and for the logistic regression it replaced,
then writes the ensembles fitted on all rows into src/model.rs.

Files after `--written` are hand-written pages (tests/data/train: de, fr, es and en text written
for deboil, not taken from the web). They enter both ensembles at WRITTEN_WEIGHT. In the
page-text ensemble, on folds split by site, they raised the cross-validated AUC on the real page
texts a little at half weight and lowered it at full weight. In the article-text ensemble they
long did not help: with 150 pages or fewer, half weight cut less boilerplate from the extracted
article texts of a blind set written afterwards (BR 0.681 to 0.565). With 386 pages, half the
German, half weight (and 40 trees, see below) kept 16 more content snippets of the extracted
texts of the 16 older written eval sets, all held out from fitting, and cut 15 more boilerplate
ones: in German, French and Spanish 17 and 12 more, in English one content snippet fewer and 3
more boilerplate ones. Dev-extracted kept 5 more content snippets and cut 3 fewer boilerplate
ones. Until then the article-text ensemble had seen no article text but English.
Files after `--batches` are written eval batches whose misses were read while rules were
written (tests/data/eval/batchNN): they enter the page-text ensemble only, at BATCH_WEIGHT, and
nothing else. Batches 17 to 30 (326 pages) at a quarter weight in the page-text ensemble, with
the page threshold moved from 0.7 to 0.75, cut 33 more of the blind sets' boilerplate
snippets (all held out: 909 left to 876) for 7 more content snippets lost (246 to 253); the
read batches 31 to 40, also held out, lost one fewer content snippet and kept 9 fewer
boilerplate ones; dev-extracted kept 4 more content snippets at the same boilerplate, and
dev-page kept 4 more content snippets and 10 more boilerplate ones (BR 0.909 to 0.905). In the
article-text ensemble the same rows lowered the out-of-fold AUC on dev-extracted's rows (0.935
to 0.922 at a quarter weight) and left more of its boilerplate at the thresholds that held
its recall; at half weight in the page-text ensemble the
blind sets gained less (868 boilerplate snippets left at 263 content snippets lost, against
859 at a quarter), at 0.15 less again (889 at 267).
Pure Python, standard library only; same input, same trees: the fit is
deterministic.
"""
import bisect, collections, hashlib, math, os, re, subprocess, sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
MODEL = os.path.join(ROOT, "src", "model.rs")

# The ensembles. Chosen by cross-validated AUC (`--search`) and by the cost of scoring a line
# (each tree is DEPTH comparisons, and `clean` scores every short line): at these rates the
# AUC levels off after about 25 trees (regime 0: 0.961, against 0.962 for 100 trees at rate
# 0.1; regime 1: 0.949 against 0.951), while 25 more trees cost some 3% of `clean` time on
# page text. The page-text ensemble takes smaller steps: the AUC is the same, but a fit at
# 0.4 swung from one refit to the next (a few content snippets of dev-page, and of the
# written sets, won or lost by features that barely moved). 40 trees at 0.25 did best on
# one round's features; on the next round's, 50 at 0.2 kept 8 more content snippets of
# dev-page at BR 0.90 than 40 at 0.25, for as many snippets lost on the written sets held
# out from fitting, at some 1.5% more instructions on page text. A round later, on two
# refits, 60 at 0.2 kept 4 to 7 more content snippets of dev-page than 50 at 0.2 at BR 0.90
# and over, and on the written sets held out 14 to 20 more for as many boilerplate ones
# left; 50 at 0.25 kept as many of dev-page on one refit, and fewer of the written sets.
# The article-text ensemble, once fitted on the written pages too, did better with 40 trees
# than 25 (dev-extracted: 9 content snippets more kept, as much boilerplate cut; written
# sets held out: 3 more kept, 2 fewer cut), and no better with 60 (at 0.2 or 0.25), which
# cost 4% more instructions on article text than 25.
# Trees of depth 4 (40 at 0.2 for article text, 60 at 0.15 for page text), fitted with a
# batch of 40 more written pages, did better than depth 3 (40 at 0.3, 60 at 0.2) on the same
# rows at the same thresholds, on two rounds of features: on the last, 1 more content snippet
# of dev-extracted kept and 2 more boilerplate ones cut, 7 more of dev-page kept and 10 more
# cut, and on the written sets held out of fitting 8 more content snippets kept and 14 more
# boilerplate ones cut; it costs some 4% more instructions of `clean` on page text. 30 and 40
# trees of depth 4 did as well on the dev files and lost 12 more content snippets of the
# held-out sets.
# With a batch of 40 more written pages (466 in all; 506 since the next batch), 50 trees for
# article text did better than 40 at the same thresholds: dev-extracted 3 more content
# snippets kept (as much boilerplate cut), dev-page 2 more kept and 4 more cut, the written
# sets held out of fitting 2 more kept, 3 fewer cut. Other weights for the written pages, larger leaves, a stronger
# leaf penalty and a slower rate each did worse on one side or the other.
# A round later, 60 and 80 trees (same rates) had a cross-validated AUC a little higher
# (article text 0.9642 against 0.9638, page text 0.9700 against 0.9694) and kept 10 more
# content snippets of dev-extracted, but did no better on the written sets held out of
# fitting, and cost 4% more instructions of `clean` on page text: not taken. Slower rates,
# larger leaves and a stronger leaf penalty all had a lower AUC.
DEPTH = 4          # every tree is complete: 2^DEPTH leaves (written into src/model.rs)
TREES = (50, 60)   # trees per regime (article text, page text)
RATE = (0.2, 0.15)  # shrinkage per regime
MAX_BINS = 32      # quantile bins per feature
F32_MAX = 3.4028234663852886e38  # threshold of a node that does not split: every row goes left
MIN_LEAF = 20      # rows per leaf, at least
L2_LEAF = 1.0      # ridge penalty on leaf values (in hessian units)
L2 = 1.0           # ridge penalty on the weights of the logistic regression (the old model)
WRITTEN_WEIGHT = (0.5, 0.5)  # weight of the --written files' rows per regime (see the docstring)
BATCH_WEIGHT = (0.0, 0.25)   # weight of the --batches files' rows per regime (see the docstring)
WRITTEN_FILES = None         # with --batches: how many of the files with an index below 0 are --written ones


def load(files):
    """Feature rows (file, site, label, weight, features) of the files; the rows of the files
    after `--written` are marked by a file index below 0 (-1 for the first such file), and so
    are those after `--batches`, which follow them (WRITTEN_FILES tells them apart)."""
    global WRITTEN_FILES
    if "--batches" in files:
        at = files.index("--batches")
        head, batches = files[:at], files[at + 1:]
        if "--written" not in head:
            head = head + ["--written"]
        WRITTEN_FILES = len(head) - head.index("--written") - 1
        return load(head + batches)
    if "--written" in files:
        at = files.index("--written")
        names, data = load(files[:at] + files[at + 1:])
        return names, [(fi if fi < at else at - 1 - fi, s, y, w, x) for fi, s, y, w, x in data]
    if files[:1] == ["--features"]:
        out = open(files[1]).read()
    else:
        out = subprocess.run(["cargo", "run", "--release", "--quiet", "--example", "dump_features", "--"] + files,
                             cwd=ROOT, check=True, capture_output=True, text=True).stdout
    rows = out.splitlines()
    names = rows[0].split("\t")[5:]
    data = []
    for r in rows[1:]:
        c = r.split("\t")
        data.append((int(c[0]), c[2], int(c[3]), float(c[4]), [float(x) for x in c[5:]]))
    return names, data


def fold_of(site):
    return int(hashlib.sha1(site.encode()).hexdigest(), 16) % 5


def class_weights(rows):
    wy = [sum(w for y, w, _ in rows if y == c) for c in (0, 1)]
    return [0.5 * sum(wy) / max(wy[0], 1e-9), 0.5 * sum(wy) / max(wy[1], 1e-9)]


def sigmoid(z):
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


# ---------------------------------------------------------------- logistic regression (old model)

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


def fit_logistic(rows, nf, iters=12):
    """L2-regularised logistic regression by Newton's method; rows are (y, w, x)."""
    cls_w = class_weights(rows)
    beta = [0.0] * (nf + 1)
    for _ in range(iters):
        h = [[0.0] * (nf + 1) for _ in range(nf + 1)]
        g = [0.0] * (nf + 1)
        for y, w, x in rows:
            xx = [1.0] + x
            p = sigmoid(sum(b * v for b, v in zip(beta, xx)))
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
    return lambda x: beta[0] + sum(b * v for b, v in zip(beta[1:], x))


# ---------------------------------------------------------------- gradient-boosted trees

def between(a, b):
    """The shortest decimal strictly between a < b (nearest the middle among the shortest):
    thresholds read well in src/model.rs and sit clear of the values they separate."""
    mid = (a + b) / 2
    for d in range(0, 10):
        q = 10 ** d
        lo, hi = math.floor(a * q) + 1, math.ceil(b * q) - 1
        if lo <= hi:
            m = min(max(round(mid * q), lo), hi)
            v = m / q
            if a < v < b:
                return v
    return mid


def bin_edges(col):
    """Up to MAX_BINS - 1 thresholds for one feature, at quantiles of the training values."""
    vals = sorted(col)
    distinct = sorted(set(vals))
    if len(distinct) <= MAX_BINS:
        cuts = distinct[:-1]
    else:
        n = len(vals)
        cuts = sorted(set(vals[k * n // MAX_BINS] for k in range(1, MAX_BINS)))
        cuts = [c for c in cuts if c < distinct[-1]]
    edges = []
    for c in cuts:
        nxt = distinct[bisect.bisect_right(distinct, c)]
        edges.append(between(c, nxt))
    return edges


class Boost:
    """Histogram gradient boosting, logistic loss, complete trees of fixed depth.

    A tree is (feat, thr, leaf): node n (0-based, breadth first) sends a row to child 2n+1
    when x[feat[n]] <= thr[n], else to 2n+2; the 2^depth leaves follow the 2^depth - 1 nodes.
    A node that cannot split (too few rows, no gain) gets feature 0 and threshold F32_MAX:
    every row goes left, and the leaves below it all hold its value.
    """

    def __init__(self, rows, depth, rate):
        self.depth, self.rate = depth, rate
        nf = len(rows[0][2])
        cls_w = class_weights(rows)
        self.y = [y for y, _, _ in rows]
        self.sw = [w * cls_w[y] for y, w, _ in rows]
        pos = sum(s for s, y in zip(self.sw, self.y) if y)
        self.base = math.log(pos / (sum(self.sw) - pos))
        self.edges = [bin_edges([x[f] for _, _, x in rows]) for f in range(nf)]
        # Bin index of every row and feature, flattened: key = offset[f] + bin.
        self.offset = [0] * nf
        for f in range(1, nf):
            self.offset[f] = self.offset[f - 1] + len(self.edges[f - 1]) + 1
        self.nkeys = self.offset[-1] + len(self.edges[-1]) + 1
        self.keys = [[self.offset[f] + bisect.bisect_left(self.edges[f], x[f]) for f in range(nf)] for _, _, x in rows]
        self.bins = [[k[f] - self.offset[f] for k in self.keys] for f in range(nf)]
        self.score = [self.base] * len(rows)
        self.trees = []

    def hist(self, idx, g, h):
        """Sums of gradient and hessian, and row counts, per (feature, bin) over rows idx."""
        gs, hs = [0.0] * self.nkeys, [0.0] * self.nkeys
        keys = self.keys
        for i in idx:
            gi, hi = g[i], h[i]
            for k in keys[i]:
                gs[k] += gi
                hs[k] += hi
        cs = collections.Counter()
        for i in idx:
            cs.update(keys[i])
        return gs, hs, [cs[k] for k in range(self.nkeys)]

    def best_split(self, hist):
        """The split (feature, last bin sent left) of largest gain that leaves MIN_LEAF rows
        on each side, or (None, None); and the node's gradient and hessian sums."""
        gs, hs, cs = hist
        # Every feature's bins hold all the node's rows: take the totals from the first.
        G = sum(gs[self.offset[0]:self.offset[0] + len(self.edges[0]) + 1])
        H = sum(hs[self.offset[0]:self.offset[0] + len(self.edges[0]) + 1])
        C = sum(cs[self.offset[0]:self.offset[0] + len(self.edges[0]) + 1])
        parent = G * G / (H + L2_LEAF)
        best = (1e-9, None, None)
        for f, off in enumerate(self.offset):
            gl = hl = 0.0
            cl = 0
            for b in range(len(self.edges[f])):
                gl += gs[off + b]
                hl += hs[off + b]
                cl += cs[off + b]
                if cl < MIN_LEAF:
                    continue
                if C - cl < MIN_LEAF:
                    break
                gr, hr = G - gl, H - hl
                gain = gl * gl / (hl + L2_LEAF) + gr * gr / (hr + L2_LEAF) - parent
                if gain > best[0]:
                    best = (gain, f, b)
        return best[1], best[2], (G, H)

    def leaf_value(self, G, H):
        """Newton step for a leaf, shrunk, rounded to 5 digits as written into src/model.rs."""
        return float(f"{-self.rate * G / (H + L2_LEAF):.5}")

    def grow(self):
        n = len(self.y)
        p = [sigmoid(s) for s in self.score]
        g = [sw * (pi - y) for sw, pi, y in zip(self.sw, p, self.y)]
        h = [max(sw * pi * (1 - pi), 1e-12) for sw, pi in zip(self.sw, p)]
        nodes = 2 ** self.depth - 1
        feat, thr = [0] * nodes, [F32_MAX] * nodes
        # Each entry: rows, their histogram (or None), and the value of the nearest ancestor
        # that held rows (an empty leaf takes it; no row reaches that leaf anyway).
        level = [(list(range(n)), None, 0.0)]
        for d in range(self.depth):
            nxt = []
            for j, (idx, hist, fallback) in enumerate(level):
                node = 2 ** d - 1 + j
                if not idx:
                    nxt += [([], None, fallback), ([], None, fallback)]
                    continue
                if hist is None:
                    hist = self.hist(idx, g, h)
                f, b, (G, H) = self.best_split(hist)
                here = self.leaf_value(G, H)
                if f is None:
                    nxt += [(idx, hist, here), ([], None, here)]
                    continue
                feat[node], thr[node] = f, self.edges[f][b]
                col = self.bins[f]
                left = [i for i in idx if col[i] <= b]
                right = [i for i in idx if col[i] > b]
                # Histogram of the smaller child; the larger one's is the parent's minus it.
                if d + 1 < self.depth:
                    small = left if len(left) <= len(right) else right
                    hs = self.hist(small, g, h)
                    hl = [[a - c for a, c in zip(pa, pc)] for pa, pc in zip(hist, hs)]
                    hleft, hright = (hs, hl) if small is left else (hl, hs)
                else:
                    hleft = hright = None
                nxt += [(left, hleft, here), (right, hright, here)]
            level = nxt
        leaf = []
        for idx, _, fallback in level:
            v = self.leaf_value(sum(g[i] for i in idx), sum(h[i] for i in idx)) if idx else fallback
            for i in idx:
                self.score[i] += v
            leaf.append(v)
        tree = (feat, thr, leaf)
        self.trees.append(tree)
        return tree


def tree_out(tree, x, depth):
    """A tree's output for raw features x, exactly as src/model.rs computes it."""
    feat, thr, leaf = tree
    n = 0
    for _ in range(depth):
        n = 2 * n + 1 + (x[feat[n]] > thr[n])
    return leaf[n - len(feat)]


def auc(scored):
    """Weighted ROC AUC of (score, y, w): boilerplate (y = 1) should score higher."""
    scored = sorted(scored, key=lambda t: t[0])
    neg_below = pos_tot = neg_tot = acc = 0.0
    i = 0
    while i < len(scored):
        j = i
        wp = wn = 0.0
        while j < len(scored) and scored[j][0] == scored[i][0]:
            if scored[j][1]:
                wp += scored[j][2]
            else:
                wn += scored[j][2]
            j += 1
        acc += wp * (neg_below + 0.5 * wn)
        neg_below += wn
        pos_tot += wp
        neg_tot += wn
        i = j
    return acc / max(pos_tot * neg_tot, 1e-12)


def kept_at_cut(scored, cut=0.85):
    """Share of content weight kept when the threshold cuts `cut` of the boilerplate weight."""
    dw = sorted(((s, w) for s, y, w in scored if y), reverse=True)
    total = sum(w for _, w in dw)
    acc, thr = 0.0, dw[-1][0] if dw else 0.0
    for s, w in dw:
        acc += w
        if acc >= cut * total:
            thr = s
            break
    keep = [(s, w) for s, y, w in scored if not y]
    return sum(w for s, w in keep if s < thr) / max(sum(w for _, w in keep), 1e-12)


def cross_validate(data, depth, rate, ntrees, checkpoints, verbose):
    """Out-of-fold scores of the logistic model (if verbose) and of the ensembles after each
    checkpoint number of trees."""
    nf = len(data[0][4])
    oof = {c: [] for c in checkpoints}
    oof_log = []
    # The file of each out-of-fold score of the last checkpoint, for the per-file report.
    oof_file = []
    for k in range(5):
        train = [(y, w, x) for fi, s, y, w, x in data if fold_of(s) != k]
        test = [(fi, y, w, x) for fi, s, y, w, x in data if fold_of(s) == k]
        boost = Boost(train, depth, rate)
        sc = [boost.base] * len(test)
        for t in range(1, ntrees + 1):
            tree = boost.grow()
            for i, (_, _, _, x) in enumerate(test):
                sc[i] += tree_out(tree, x, depth)
            if t in oof:
                oof[t] += [(s, y, w) for s, (_, y, w, _) in zip(sc, test)]
                if t == ntrees:
                    oof_file += [fi for fi, _, _, _ in test]
        if verbose:
            logistic = fit_logistic(train, nf)
            ls = [logistic(x) for _, _, _, x in test]
            oof_log += [(s, y, w) for s, (_, y, w, _) in zip(ls, test)]
            for fi in sorted(set(t[0] for t in test)):
                line = f"fold {k} file {fi}:"
                for name, scores in (("logistic", ls), ("trees", sc)):
                    keep = [(s, w) for s, (f, y, w, _) in zip(scores, test) if f == fi and y == 0]
                    drop = [(s, w) for s, (f, y, w, _) in zip(scores, test) if f == fi and y == 1]
                    kr = sum(w for s, w in keep if s <= 0) / max(1, sum(w for _, w in keep))
                    dr = sum(w for s, w in drop if s > 0) / max(1, sum(w for _, w in drop))
                    line += f"  {name}: content kept {kr:.3f}, boilerplate cut {dr:.3f}"
                print(line)
    if verbose:
        for fi in sorted(set(oof_file)):
            part = [t for t, f in zip(oof[ntrees], oof_file) if f == fi]
            if any(y for _, y, _ in part) and not all(y for _, y, _ in part):
                name = f"file {fi}" if fi >= 0 else f"written file {-fi}"
                print(f"  {name}: trees CV AUC {auc(part):.4f} on {len(part)} lines")
    return oof_log, oof


def report(name, scored):
    print(f"  {name:28s} CV AUC {auc(scored):.4f}, content kept at 85% boilerplate cut {kept_at_cut(scored):.3f}")


def regimes(data):
    split = float(re.search(r"PAGE_SPLIT: f32 = ([0-9.]+);", open(MODEL).read()).group(1))
    for regime in (0, 1):
        def weight(fi):
            if fi >= 0:
                return 1.0
            return WRITTEN_WEIGHT[regime] if WRITTEN_FILES is None or -fi <= WRITTEN_FILES else BATCH_WEIGHT[regime]
        yield regime, [(fi, s, y, w * weight(fi), x) for fi, s, y, w, x in data
                       if (x[-1] >= split) == bool(regime) and weight(fi) > 0]


def search(data):
    """CV AUC (and content kept at 85% boilerplate cut) over depths, rates and tree counts."""
    checkpoints = [10, 15, 20, 25, 30, 40, 50, 75, 100, 150, 200]
    for regime, part in regimes(data):
        print(f"== regime {regime}: {len(part)} lines")
        for depth in (2, 3, 4, 5):
            for rate in (0.1, 0.2, 0.3, 0.4):
                _, oof = cross_validate(part, depth, rate, checkpoints[-1], checkpoints, False)
                print(f"depth {depth} rate {rate}: " +
                      ", ".join(f"{c}: {auc(oof[c]):.4f}/{kept_at_cut(oof[c]):.3f}" for c in checkpoints), flush=True)


def rust_float(v):
    if v == F32_MAX:
        return "f32::MAX"
    s = repr(float(v))
    return s if ("." in s or "e" in s) else s + ".0"


def main():
    args = sys.argv[1:]
    if not args:
        sys.exit(__doc__)
    if args[0] == "--search":
        names, data = load(args[1:])
        return search(data)
    check = args[0] == "--check"
    if check:
        args = args[1:]
    names, data = load(args)
    print(f"{len(data)} labeled lines, {len(names)} features")
    ensembles = []
    for regime, part in regimes(data):
        print(f"== regime {regime} ({'page text' if regime else 'article text'}): {len(part)} lines")
        n = TREES[regime]
        oof_log, oof = cross_validate(part, DEPTH, RATE[regime], n, [n], True)
        report("logistic regression", oof_log)
        report(f"{n} trees of depth {DEPTH}, rate {RATE[regime]}", oof[n])
        boost = Boost([(y, w, x) for _, _, y, w, x in part], DEPTH, RATE[regime])
        for _ in range(n):
            boost.grow()
        use = collections.Counter(f for feat, thr, _ in boost.trees for f, t in zip(feat, thr) if t != F32_MAX)
        print("  splits per feature: " + ", ".join(f"{names[f]} {c}" for f, c in use.most_common()))
        ensembles.append(boost)
    write(ensembles, check)


def write(ensembles, check):
    """Writes the ensembles into src/model.rs; with `check`, only compares: exits 1 if the
    file does not hold exactly these trees (the model was not refitted after a change to the
    features or the passes before them)."""
    old = src = open(MODEL).read()
    base = ", ".join(rust_float(round(b.base, 5) + 0.0) for b in ensembles)
    src = re.sub(r"pub\(crate\) const BASE: \[f32; 2\] = [^;]*;", f"pub(crate) const BASE: [f32; 2] = [{base}];", src)
    for r, b in enumerate(ensembles):
        lines = []
        for feat, thr, leaf in b.trees:
            lines.append("    t([{}], [{}], [{}]),".format(
                ", ".join(str(f) for f in feat),
                ", ".join(rust_float(t) for t in thr),
                ", ".join(rust_float(v) for v in leaf)))
        body = f"pub(crate) const TREES_{r}: [Tree; {len(b.trees)}] = [\n" + "\n".join(lines) + "\n];"
        src = re.sub(rf"pub\(crate\) const TREES_{r}: \[Tree; \d+\] = \[\n.*?\n\];", lambda _: body, src, flags=re.S)
    src = re.sub(r"pub\(crate\) const DEPTH: usize = \d+;", f"pub(crate) const DEPTH: usize = {DEPTH};", src)
    if check:
        if src != old:
            sys.exit(f"{MODEL} does not hold the trees fitted now: run python3 scripts/train.py "
                     "with the same files and commit the result")
        print(f"{MODEL} holds the trees fitted now")
        return
    open(MODEL, "w").write(src)
    print(f"wrote {MODEL}")


if __name__ == "__main__":
    main()
