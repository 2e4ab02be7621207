#!/usr/bin/env python3
"""Build the blind (held-out) labeled evaluation sets for deboil.

Writes tests/data/eval/blind/{de,fr,es,en}.jsonl: 36 German documents and
18 each in French, Spanish and English, in the same JSON Lines format as the
other eval sets (id, source, split, task, lang, url, page_type, text, keep,
drop).

All documents below were written by hand for this set (no page was copied
from the web or from any other data set). They imitate two kinds of input:

* task "page": all visible text of a web page, one block per line, the way an
  HTML-to-text tool renders it (menus, cookie banners, breadcrumbs, share
  bars, teasers, footers around the main content);
* task "extracted": what an article extractor leaves, mostly main content,
  with leftover boilerplate on lines of its own or glued into sentences where
  block boundaries were lost.

Document markup (one entry per line of the body string):

    C text    starts a new line of main content
    B text    starts a new line of boilerplate
    N text    starts a neutral line: neither snippet kind is taken from it
              (user names and post dates in forums, reader comments and
              reviews: an annotator could go either way)
    C+ text   content glued to the end of the previous line, no space
    B+ text   boilerplate glued to the end of the previous line, no space
    C~ text   / B~ text: glued with a single space
    C! text   content line that must get a keep snippet (prices, specs);
              the first content line (the title, mostly) always gets one

Snippets are picked deterministically (random.Random seeded with the doc id):
keep snippets are 3 to 8 consecutive words inside one content segment, spread
over short lines (headings, specs, list items, one-line replies) and
paragraphs; drop snippets are at least 3 words of boilerplate that occur
exactly once in the whitespace-normalized text. Every rule is asserted.

Run from the repository root:

    python3 scripts/make_blind_eval.py
"""

import json
import os
import random
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT_DIR = os.path.join(ROOT, "tests", "data", "eval", "blind")
SOURCE = "deboil-blind"
PAGE_TYPES = ("article", "forum", "product", "collection", "listing",
              "documentation", "service")
TASKS = ("page", "extracted")
LANGS = ("de", "fr", "es", "en")
EXPECTED = {"de": 36, "fr": 18, "es": 18, "en": 18}

DOCS = {lang: [] for lang in LANGS}


def doc(lang, task, page_type, body, blank=False):
    """Register one hand-written document.

    blank=True separates lines with an empty line (as many extractors do).
    """
    assert lang in LANGS, lang
    assert task in TASKS, task
    assert page_type in PAGE_TYPES, page_type
    DOCS[lang].append({"task": task, "page_type": page_type,
                       "body": body, "blank": blank})


LINE_RE = re.compile(r"^([CBN])(!?)([+~]?)(?: (.*))?$")


def parse(body):
    """Body markup -> list of lines, each a list of (label, text) segments."""
    lines = []
    for raw in body.split("\n"):
        if not raw.strip():
            continue
        m = LINE_RE.match(raw)
        assert m, "bad markup line: %r" % raw
        label, force, glue = m.group(1), m.group(2), m.group(3)
        txt = (m.group(4) or "").strip()
        assert not force or label == "C", raw
        assert txt, "empty segment: %r" % raw
        if glue:
            assert lines, "glue on first line: %r" % raw
            if glue == "~":
                lines[-1].append(("S", " ", ""))
            lines[-1].append((label, txt, force))
        else:
            lines.append([(label, txt, force)])
    return lines


def render(lines, blank):
    """Lines -> (text, per-char labels, segments with char offsets)."""
    sep = "\n\n" if blank else "\n"
    parts, labels, segs = [], [], []
    pos = 0
    for i, line in enumerate(lines):
        if i:
            parts.append(sep)
            labels.extend("S" * len(sep))
            pos += len(sep)
        for label, txt, force in line:
            parts.append(txt)
            labels.extend(label * len(txt))
            if label != "S":
                segs.append({"label": label, "text": txt, "line": i,
                             "force": bool(force)})
            pos += len(txt)
    return "".join(parts), labels, segs


def normalize(text, labels):
    out, lab = [], []
    for m in re.finditer(r"\S+", text):
        if out:
            out.append(" ")
            lab.append("S")
        out.append(m.group())
        lab.extend(labels[m.start():m.end()])
    return "".join(out), lab


def occurrences(hay, needle):
    res, start = [], 0
    while True:
        i = hay.find(needle, start)
        if i < 0:
            return res
        res.append(i)
        start = i + 1


def only_label(lab, start, end, want):
    return all(c == want or c == "S" for c in lab[start:end])


def n_words(snip):
    """Words that carry a letter or digit (a lone « : » or | is no word)."""
    return sum(1 for w in snip.split() if any(c.isalnum() for c in w))


def spread(items, n):
    """n items spread evenly over the list (deterministic)."""
    if n >= len(items):
        return list(items)
    return [items[int((i + 0.5) * len(items) / n)] for i in range(n)]


def pick_keep(segs, norm, lab, rng):
    assert all(n_words(s["text"]) >= 3 for s in segs if s["force"]), \
        [s["text"] for s in segs if s["force"]]
    cands = [s for s in segs if s["label"] == "C" and len(s["text"].split()) >= 3]
    words_total = sum(len(s["text"].split()) for s in segs if s["label"] == "C")
    k = max(4, min(10, 4 + words_total // 60))
    short = [s for s in cands if len(s["text"].split()) <= 10]
    long_ = [s for s in cands if len(s["text"].split()) > 10]
    # the first content segment (usually the title) is always sampled
    forced = [s for s in cands if s["force"] or s is cands[0]]
    short = [s for s in short if s not in forced]
    long_ = [s for s in long_ if s not in forced]
    k = max(k, len(forced) + 2)
    k2 = k - len(forced)
    n_short = min(len(short), max(1, round(k2 * 0.4)))
    n_long = min(len(long_), k2 - n_short)
    n_short = min(len(short), k2 - n_long)
    chosen = forced + spread(short, n_short) + spread(long_, n_long)
    chosen.sort(key=lambda s: segs.index(s))
    keep = []
    for s in chosen:
        words = s["text"].split()
        for attempt in range(30):
            if len(words) <= 8 and attempt == 0:
                cand = words
            else:
                size = rng.randint(5, 8)
                size = min(size, len(words))
                st = rng.randint(0, len(words) - size)
                cand = words[st:st + size]
            snip = " ".join(cand)
            occ = occurrences(norm, snip)
            if snip in keep or not occ or not 3 <= n_words(snip) <= 8:
                continue
            if all(only_label(lab, i, i + len(snip), "C") for i in occ):
                keep.append(snip)
                break
    return keep


def pick_drop(segs, norm, lab, keep, rng, task):
    # boilerplate regions: maximal runs of B segments not interrupted by C
    regions, cur = [], []
    for s in segs:
        if s["label"] == "B":
            cur.append(s)
        elif cur:  # content and neutral text both end a region
            regions.append(cur)
            cur = []
    if cur:
        regions.append(cur)
    keep_spans = [(i, i + len(k)) for k in keep for i in occurrences(norm, k)]
    cands = []
    for region in regions:
        words, starts = [], []
        for s in region:
            starts.append(len(words))
            words.extend(s["text"].split())
        for si, s in enumerate(region):
            w0 = starts[si]
            n_own = len(s["text"].split())
            if n_own >= 3:
                size = min(n_own, 8) if n_own <= 8 else rng.randint(4, 8)
                st = w0 if n_own <= 8 else w0 + rng.randint(0, n_own - size)
            else:
                # a run of short lines (menu items): only through lines that
                # are short as well, never into the start of a long line
                run = 0
                for s2 in region[si:]:
                    n2 = len(s2["text"].split())
                    if n2 >= 3:
                        break
                    run += n2
                size = min(run, rng.randint(3, 5))
                st = w0
            if size < 3:
                continue
            cands.append(" ".join(words[st:st + size]))
    valid = []
    for snip in cands:
        occ = occurrences(norm, snip)
        if len(occ) != 1 or snip in valid or n_words(snip) < 3:
            continue
        i = occ[0]
        if not only_label(lab, i, i + len(snip), "B"):
            continue
        if any(snip in k or k in snip for k in keep):
            continue
        if any(i < b and a < i + len(snip) for a, b in keep_spans):
            continue
        valid.append(snip)
    n_b = sum(1 for s in segs if s["label"] == "B")
    if task == "page":
        m = max(3, min(10, 3 + n_b // 6))
    else:
        m = max(1, min(6, 1 + n_b // 2))
    picked = []
    first = spread(valid, m)
    rest = [v for v in valid if v not in first]
    for snip in first + rest:
        if len(picked) >= m:
            break
        a = norm.find(snip)
        if any(a < norm.find(p) + len(p) and norm.find(p) < a + len(snip)
               for p in picked):
            continue
        picked.append(snip)
    picked.sort(key=lambda p: norm.find(p))
    return picked


def record(doc_id, source, split, lang, url, d):
    """One registered document through the pipeline (parse, render, pick the snippets,
    validate) as a record with these id (which also seeds the snippet picks), source, split
    and url. Returns the record, the parsed lines and the rendered segments."""
    lines = parse(d["body"])
    text, labels, segs = render(lines, d["blank"])
    norm, lab = normalize(text, labels)
    rng = random.Random(doc_id)
    keep = pick_keep(segs, norm, lab, rng)
    drop = pick_drop(segs, norm, lab, keep, rng, d["task"])
    rec = {"id": doc_id, "source": source, "split": split, "task": d["task"],
           "lang": lang, "url": url, "page_type": d["page_type"], "text": text,
           "keep": keep, "drop": drop}
    validate(rec, lines, norm, lab)
    return rec, lines, segs


def build(lang, num, d):
    doc_id = "%s/%s/%03d" % (SOURCE, lang, num)
    return record(doc_id, SOURCE, "test", lang, "", d)[0]


def write_jsonl(path, recs):
    """Writes the records one JSON object a line; returns their keep and drop snippet
    counts."""
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    return sum(len(r["keep"]) for r in recs), sum(len(r["drop"]) for r in recs)


def validate(rec, lines, norm, lab):
    did = rec["id"]
    n_lines = len(lines)
    if rec["task"] == "page":
        assert 15 <= n_lines <= 120, (did, n_lines)
        assert len(rec["drop"]) >= 3, (did, rec["drop"])
    else:
        assert 5 <= n_lines <= 40, (did, n_lines)
        assert len(rec["drop"]) >= 1, (did, rec["drop"])
    assert len(rec["keep"]) >= 3, (did, rec["keep"])
    assert len(set(rec["keep"])) == len(rec["keep"]), did
    assert len(set(rec["drop"])) == len(rec["drop"]), did
    keep_spans = []
    for k in rec["keep"]:
        assert 3 <= n_words(k) and len(k.split()) <= 8, (did, k)
        assert k == " ".join(k.split()), (did, k)
        occ = occurrences(norm, k)
        assert occ, (did, k)
        for i in occ:
            assert only_label(lab, i, i + len(k), "C"), (did, k)
            keep_spans.append((i, i + len(k)))
    for s in rec["drop"]:
        assert n_words(s) >= 3, (did, s)
        assert s == " ".join(s.split()), (did, s)
        occ = occurrences(norm, s)
        assert len(occ) == 1, (did, s, len(occ))
        i = occ[0]
        assert only_label(lab, i, i + len(s), "B"), (did, s)
        for k in rec["keep"]:
            assert s not in k and k not in s, (did, s, k)
        for a, b in keep_spans:
            assert not (i < b and a < i + len(s)), (did, s)
    # both kinds of text present, document text is clean UTF-8 without tabs
    assert "C" in lab and "B" in lab, did
    assert "\t" not in rec["text"] and "\r" not in rec["text"], did


def main():
    partial = "--partial" in sys.argv
    os.makedirs(OUT_DIR, exist_ok=True)
    summary = []
    for lang in LANGS:
        docs = DOCS[lang]
        if not partial:
            assert len(docs) == EXPECTED[lang], (lang, len(docs))
        recs = [build(lang, i + 1, d) for i, d in enumerate(docs)]
        path = os.path.join(OUT_DIR, "%s.jsonl" % lang)
        n_keep, n_drop = write_jsonl(path, recs)
        summary.append("%s: %d docs, %d keep, %d drop -> %s" % (
            lang, len(recs), n_keep, n_drop, os.path.relpath(path, ROOT)))
    print("\n".join(summary))


# ---------------------------------------------------------------------------
# Documents
# ---------------------------------------------------------------------------

# ----------------------------------------------------------------- German --

# de 001: regional newspaper, local news, full page with mega menu
doc("de", "page", "article", """
B Direkt zum Inhalt
B Zur Navigation
B Wir verwenden Cookies und ähnliche Technologien, um Inhalte und Anzeigen zu personalisieren, Funktionen für soziale Medien anbieten zu können und die Zugriffe auf unsere Website zu analysieren.
B Sie können Ihre Einwilligung jederzeit in den Privatsphäre-Einstellungen am Ende der Seite widerrufen.
B Alle akzeptieren
B Nur notwendige Cookies
B Einstellungen anpassen
B Abo
B E-Paper
B Anmelden
B Neckar-Bote
B Lokales
B Tübingen
B Rottenburg
B Mössingen
B Nagold
B Horb
B Reutlingen
B Hechingen
B Alle Orte
B Region
B Baden-Württemberg
B Politik
B Deutschland & Welt
B Wirtschaft
B Regionale Wirtschaft
B Sport
B Lokalsport
B VfB Stuttgart
B Basketball
B Kultur
B Freizeit
B Veranstaltungen
B Ausflugstipps
B Gastro
B Traueranzeigen
B Jobs
B Immobilien
B Kleinanzeigen
B Gewinnspiele
B Wetter
B Startseite
B Lokales
B Tübingen
B Verkehr
C Gemeinderat beschließt drei neue Radachsen durch die Innenstadt
C Nach monatelanger Debatte hat der Tübinger Gemeinderat am Donnerstagabend mit knapper Mehrheit ein Radverkehrskonzept verabschiedet. Auf der Mühlstraße fallen dafür 40 Parkplätze weg.
B Von Katrin Häberle
B 07.03.2024 - 21:48 Uhr
B 3 Min.
B Teilen
B Merken
B Drucken
C Es war eine der längsten Sitzungen des Jahres: Fast vier Stunden diskutierten die Stadträtinnen und Stadträte über das Radverkehrskonzept, das die Verwaltung bereits im vergangenen Herbst vorgelegt hatte. Am Ende stimmten 22 Mitglieder dafür, 19 dagegen, zwei enthielten sich.
C Kern des Konzepts sind drei sogenannte Radachsen, die den Bahnhof mit der Altstadt, der Weststadt und dem Gewerbegebiet Au verbinden sollen. Auf diesen Strecken sollen Radfahrerinnen und Radfahrer künftig auf mindestens zwei Meter breiten, baulich getrennten Wegen unterwegs sein.
C Was sich auf der Mühlstraße ändert
C Am stärksten betroffen ist die Mühlstraße. Dort sollen die Parkstreifen auf der Westseite entfallen, um Platz für einen Zweirichtungsradweg zu schaffen. Anwohner können künftig auf das Parkhaus am Stadtgraben ausweichen, in dem die Stadt 60 Stellplätze zu ermäßigten Tarifen anbieten will.
C „Wir nehmen niemandem etwas weg, wir verteilen den Platz gerechter“, sagte Baubürgermeisterin Claudia Renz in der Sitzung. Die Fraktion der Freien Wähler sah das anders. Ihr Vorsitzender Rolf Maier warnte vor Umsatzeinbußen im Einzelhandel: „Wer mit dem Auto zum Einkaufen kommt, fährt dann eben nach Reutlingen.“
C Kosten von rund 4,3 Millionen Euro
C Die Stadt rechnet mit Gesamtkosten von rund 4,3 Millionen Euro. Etwa die Hälfte soll über das Landesförderprogramm für kommunale Radinfrastruktur finanziert werden. Baubeginn für den ersten Abschnitt zwischen Bahnhof und Neckarbrücke ist im Frühjahr 2025 geplant.
C Der ADFC-Kreisverband begrüßte die Entscheidung. Sprecherin Lena Koch sagte, die Stadt habe lange genug gezögert. Sie kündigte an, den Bau kritisch zu begleiten, damit die Wege nicht an Kreuzungen enden.
B Artikel teilen
B Facebook
B WhatsApp
B X
B E-Mail
B Mehr zum Thema
B Parkhaus am Stadtgraben wird bis Ende des Jahres saniert
B Radfahrer bei Unfall in der Weststadt schwer verletzt
B Neue Buslinie soll das Gewerbegebiet Au besser anbinden
B Kommentare
B Um Kommentare zu schreiben, müssen Sie sich anmelden oder registrieren.
B Newsletter
B Das Wichtigste aus Tübingen und der Region jeden Morgen um 6 Uhr in Ihrem Postfach.
B E-Mail-Adresse
B Jetzt kostenlos abonnieren
B Unsere Angebote
B E-Paper
B Abo-Shop
B Digitalabo
B Zeitung in der Schule
B Leserreisen
B Ticketservice
B Anzeige aufgeben
B Zustellung reklamieren
B Urlaubsservice
B Neckar-Bote
B Über uns
B Mediadaten
B Leserservice
B Impressum
B Datenschutz
B AGB
B Cookie-Einstellungen
B Barrierefreiheit
B © 2024 Neckar-Bote Verlagsgesellschaft mbH & Co. KG
""")

# de 002: news agency style report, extractor output with glued ad label
doc("de", "extracted", "article", """
C Einbruchserie in Reihenhaussiedlung: Polizei nimmt zwei Verdächtige fest
B Foto: Marius Becker/dpa
C Nach einer Serie von Wohnungseinbrüchen im Bremer Stadtteil Horn-Lehe hat die Polizei zwei Männer im Alter von 27 und 31 Jahren festgenommen. Die beiden sollen seit Anfang Januar in mindestens elf Reihenhäuser eingestiegen sein.
C Nach Angaben eines Polizeisprechers fiel den Ermittlern ein Mietwagen auf, der in den Tatnächten mehrfach in der Nähe der Siedlung geparkt war. Zivilfahnder beobachteten das Fahrzeug und griffen am Dienstagabend zu, als die Männer gerade eine Terrassentür aufhebeln wollten.
B+ Anzeige
C+ Bei der anschließenden Durchsuchung einer Wohnung in Bremen-Vegesack fanden die Beamten Schmuck, Uhren und mehrere Laptops. Ein Teil der Beute konnte bereits den Geschädigten zugeordnet werden.
C Die Männer sitzen in Untersuchungshaft. Die Staatsanwaltschaft prüft, ob sie auch für weitere Einbrüche im Bremer Norden verantwortlich sind.
C Die Polizei bittet Anwohnerinnen und Anwohner, die verdächtige Beobachtungen gemacht haben, sich unter der Telefonnummer 0421 362-3888 zu melden.
B+ Lesen Sie auch: Polizei warnt vor falschen Handwerkern in Bremen-Nord
B © dpa-infocom, dpa:240312-99-312445/2
B Zur Startseite
""")

# de 003: food blog, full page with comments
doc("de", "page", "article", """
B Springe zum Inhalt
B Brotzeit & Liebe
B Rezepte
B Brot
B Brötchen
B Süßes Gebäck
B Sauerteig-Schule
B Über mich
B Shop
B Suche nach:
B Suchen
B Dieser Beitrag enthält Affiliate-Links. Wenn du über diese Links etwas kaufst, erhalte ich eine kleine Provision. Für dich ändert sich am Preis nichts.
C Mein Alltagsbrot: Roggenmischbrot mit Sauerteig
B Veröffentlicht am 14. Januar 2024 von Sabine
B 27 Kommentare
C Dieses Brot backe ich seit Jahren fast jede Woche. Es hat eine kräftige, knusprige Kruste, eine saftige Krume und hält sich locker fünf Tage frisch, wenn man es in einem Leinenbeutel aufbewahrt. Das Rezept ist auch für Anfänger gut geeignet, solange der Sauerteig aktiv ist.
C Zutaten für ein Brot (ca. 1.100 g)
C Für den Sauerteig:
C 150 g Roggenmehl Type 1150
C 150 g Wasser (40 °C)
C 30 g Anstellgut
C Für den Hauptteig:
C 250 g Roggenmehl Type 1150
C 200 g Weizenmehl Type 1050
C 280 g Wasser
C 14 g Salz
C 5 g frische Hefe (optional)
C Zubereitung
C 1. Die Zutaten für den Sauerteig verrühren und abgedeckt 14 bis 16 Stunden bei Raumtemperatur reifen lassen. Der Sauerteig sollte sich mindestens verdoppelt haben und angenehm säuerlich riechen.
C 2. Sauerteig mit allen Zutaten für den Hauptteig etwa 8 Minuten langsam kneten. Roggenteige werden nicht so elastisch wie reine Weizenteige, das ist ganz normal.
C 3. Den Teig 45 Minuten ruhen lassen, dann rund formen und mit dem Schluss nach unten in ein bemehltes Gärkörbchen legen.
C 4. Weitere 60 Minuten gehen lassen, bis sich an der Oberfläche feine Risse zeigen.
C 5. Im auf 250 °C vorgeheizten Ofen mit Dampf 15 Minuten anbacken, dann die Temperatur auf 200 °C senken und weitere 45 Minuten backen.
C Tipp: Wenn du keine Hefe verwendest, verlängert sich die Stückgare auf etwa zwei Stunden. Das Brot wird dann etwas aromatischer.
B Das könnte dich auch interessieren
B Dinkel-Kastenbrot ohne Kneten
B So rettest du einen müden Sauerteig
B Laugenbrötchen wie vom Bäcker
B Pinterest
B Facebook
B E-Mail
B 27 Kommentare
N Jana
N Gestern nachgebacken und es ist super geworden! Nur die Kruste war bei mir etwas dunkel, nächstes Mal backe ich kürzer.
B Antworten
N Sabine
N Liebe Jana, danke dir! Jeder Ofen ist anders, probier es ruhig mit 5 Minuten weniger.
B Antworten
B Schreibe einen Kommentar
B Deine E-Mail-Adresse wird nicht veröffentlicht. Erforderliche Felder sind mit * markiert.
B Kommentar *
B Name *
B E-Mail *
B Meinen Namen, meine E-Mail-Adresse und meine Website in diesem Browser für die nächste Kommentierung speichern.
B Kommentar abschicken
B Impressum
B Datenschutzerklärung
B © 2024 Brotzeit & Liebe · Mit Liebe gebacken in Kassel
""")

# de 004: magazine interview, extracted
doc("de", "extracted", "article", """
B Architektur
C „Holz ist kein Allheilmittel, aber oft die bessere Wahl“
C Die Münchner Architektin Miriam Lenz plant seit 15 Jahren mehrgeschossige Gebäude aus Holz. Ein Gespräch über Brandschutz, Baukosten und die Frage, warum Städte so zögerlich sind.
B Interview: Thomas Reiter | 12. Februar 2024, 6:00 Uhr
B 8 Min. Lesezeit
C Frau Lenz, Holzbau gilt als teuer. Zu Recht?
C In der reinen Baukostenbetrachtung liegen wir heute etwa fünf bis zehn Prozent über einem vergleichbaren Massivbau. Dafür bauen wir deutlich schneller, weil große Teile im Werk vorgefertigt werden. Bei einem Wohnhaus mit sechs Geschossen sparen wir gut vier Monate Bauzeit.
C Viele Menschen denken bei Holzhäusern zuerst an Feuer.
C Das ist die häufigste Frage, die ich höre. Massives Holz brennt langsam und vorhersehbar, es bildet an der Oberfläche eine Kohleschicht, die das Innere schützt. Stahl dagegen verliert bei hohen Temperaturen plötzlich seine Tragfähigkeit. Die Landesbauordnungen erlauben inzwischen Holzgebäude bis zur Hochhausgrenze.
B+ Anzeige
C+ Warum entstehen dann nicht mehr solche Gebäude?
C Weil Genehmigungsverfahren in vielen Kommunen noch immer Einzelfallentscheidungen sind. Jeder Prüfingenieur hat eigene Vorstellungen. Wir brauchen einheitliche Regeln und mehr Erfahrung in den Behörden.
C Und wie sieht es mit der Klimabilanz aus? Holz muss ja auch geerntet und transportiert werden.
C Ein Kubikmeter verbautes Holz speichert etwa eine Tonne CO₂, und zwar so lange, wie das Gebäude steht. Bei Beton und Stahl entstehen dagegen schon bei der Herstellung große Mengen Treibhausgase. Entscheidend ist, dass das Holz aus nachhaltig bewirtschafteten Wäldern kommt, möglichst aus der Region.
C Reicht denn das Holz in Deutschland überhaupt, wenn alle so bauen wollen?
C Nicht, wenn alle morgen umsteigen. Aber wir nutzen heute nur einen Teil des Zuwachses in unseren Wäldern stofflich, viel landet direkt im Ofen. Da gibt es Spielraum. Außerdem müssen wir nicht alles aus Holz bauen: Keller, Treppenhäuser und Decken über Tiefgaragen machen wir weiterhin aus Beton.
C Ihr bekanntestes Projekt ist ein achtgeschossiges Wohnhaus in Augsburg. Was haben Sie dort gelernt?
C Vor allem, wie wichtig die Planung vor Baubeginn ist. Im Holzbau können Sie auf der Baustelle nicht mehr einfach eine Wand versetzen, alles ist im Werk vorgefertigt. Dafür gab es praktisch keine Nacharbeiten, und die Mieter konnten drei Monate früher einziehen als geplant.
B Lesen Sie auch: Die Baukosten steigen weiter – was das für Mieter bedeutet
C Was würden Sie einer Stadt raten, die jetzt anfangen will?
C Mit einem eigenen Projekt zu beginnen, etwa einer Kita oder einer Schule. Dann lernt die Verwaltung das Verfahren von innen kennen.
B Miriam Lenz, 48, leitet das Büro Lenz Holzarchitektur in München und lehrt an der Hochschule Rosenheim.
B Dieser Artikel erschien zuerst in der Printausgabe 3/2024.
B Hat Ihnen dieser Artikel gefallen? Dann unterstützen Sie unabhängigen Journalismus mit einem Abo.
""")

# de 005: national news site, full page
doc("de", "page", "article", """
B Zum Inhalt springen
B Menü
B Suche
B Startseite
B Politik
B Deutschland
B Europa
B Bundestag
B Landtagswahlen
B Ausland
B USA
B Nahost
B Ukraine
B Asien
B Afrika
B Wirtschaft
B Konjunktur
B Börse
B Verbraucher
B Arbeitsmarkt
B Immobilien
B Energie
B Panorama
B Kriminalität
B Unglücke
B Leute
B Sport
B Fußball
B Bundesliga
B Formel 1
B Tennis
B Wintersport
B Wissen
B Klima
B Gesundheit
B Technik
B Kultur
B Kino
B Musik
B Literatur
B Video
B Podcasts
B Live-TV
B Wetter
B Abo
B Anmelden
B Datenschutzeinstellungen
B Wir und unsere Partner speichern und/oder greifen auf Informationen auf einem Gerät zu, wie z. B. eindeutige Kennungen in Cookies, um personenbezogene Daten zu verarbeiten.
B Sie können Ihre Auswahl akzeptieren oder verwalten, einschließlich Ihres Widerspruchsrechts bei berechtigtem Interesse, indem Sie unten klicken.
B Zustimmen und weiter
B Ablehnen
B Wirtschaft
B Bahn
C Lokführer streiken ab Mittwoch – Fernverkehr weitgehend eingestellt
C Die Gewerkschaft der Lokführer hat erneut zu einem Streik aufgerufen. Reisende müssen sich ab Mittwochmorgen auf massive Einschränkungen einstellen.
B Stand: 05.03.2024, 11:42 Uhr
C Die Gewerkschaft Deutscher Lokomotivführer (GDL) hat ihre Mitglieder zu einem 35-stündigen Streik im Personen- und Güterverkehr aufgerufen. Der Ausstand soll am Mittwoch um 2 Uhr beginnen und bis Donnerstag um 13 Uhr dauern, teilte die Gewerkschaft am Vormittag mit.
C Die Deutsche Bahn kündigte einen Notfahrplan an. Im Fernverkehr werde nur etwa jeder fünfte Zug fahren, im Regionalverkehr seien die Auswirkungen je nach Bundesland sehr unterschiedlich. Fahrgäste, die ihre Reise wegen des Streiks verschieben, können ihr Ticket flexibel nutzen.
C Verhandlungen erneut gescheitert
C Zuvor waren die Tarifgespräche zwischen Bahn und GDL ohne Ergebnis abgebrochen worden. Streitpunkt ist vor allem die Forderung nach einer 35-Stunden-Woche für Schichtarbeiter bei vollem Lohnausgleich. Die Bahn hatte zuletzt eine schrittweise Absenkung auf 37 Stunden angeboten.
C Ein Bahnsprecher nannte den kurzfristigen Streikaufruf „eine Zumutung für Millionen Pendlerinnen und Pendler“. Die GDL verwies darauf, dass die Bahn seit Wochen kein verbessertes Angebot vorgelegt habe.
C Was Fahrgäste jetzt wissen müssen
C Bereits gekaufte Tickets für den Streikzeitraum behalten ihre Gültigkeit und können bis zu einer Woche nach Streikende genutzt werden. Die Zugbindung ist aufgehoben. Wer seine Reise ganz absagt, kann sich den Fahrpreis erstatten lassen.
B Mehr zum Thema
B Bahnstreik: Welche Rechte haben Pendler?
B Kommentar: Der Tarifkonflikt schadet allen
B Teilen
B Twitter
B Facebook
B Kopieren
B Nachrichten aus Wirtschaft
B Ifo-Index steigt überraschend deutlich
B Autobauer melden Rückgang bei Neuzulassungen
B Mehr Nachrichten
B Die App für Android und iOS
B Jetzt im App Store
B Jetzt bei Google Play
B Ressorts
B Politik
B Wirtschaft
B Sport
B Service
B Wetter
B Verkehr
B Newsletter
B Hilfe & Kontakt
B Unternehmen
B Redaktion
B Karriere
B Werben
B Impressum
B Datenschutz
B Kontakt
B Barrierefreiheit
B Einstellungen zum Datenschutz
B Alle Rechte vorbehalten
""")

# de 006: tech magazine product test, extracted with glued leftovers
doc("de", "extracted", "article", """
C Im Test: Das Pixelbook 14 ist leicht, leise und teuer
C Ein 14-Zoll-Notebook mit 1,1 Kilo, Akkulaufzeit für einen ganzen Arbeitstag und einem hervorragenden Bildschirm. Der Haken liegt im Preis.
B Jonas Wendt
B 21.02.2024, 09:15 Uhr
B Lesezeit: 6 Min.
B Transparenzhinweis: Das Testgerät wurde uns vom Hersteller kostenlos zur Verfügung gestellt. Links zu Onlineshops sind Affiliate-Links.
C Das Gehäuse aus Aluminium wirkt hochwertig und verwindet sich auch bei Druck auf die Tastatur kaum. Mit 15,9 Millimetern ist das Gerät an der dicksten Stelle angenehm flach, die Scharniere lassen sich mit einer Hand öffnen.
C Bildschirm
C Das OLED-Display löst mit 2.880 × 1.800 Pixeln auf und erreicht in unserer Messung eine Helligkeit von 412 cd/m². Farben wirken kräftig, aber nicht übertrieben. Im Freien spiegelt die glänzende Oberfläche allerdings stark.
C Akkulaufzeit
C Im WLAN-Test mit mittlerer Helligkeit hielt der Akku 11 Stunden und 40 Minuten durch. Das ist ein sehr guter Wert für diese Klasse.
B+ Lesen Sie auch: Die besten Laptops für Studierende im Vergleich
C Fazit
C Wer ein leichtes Arbeitsgerät mit sehr gutem Bildschirm sucht, wird mit dem Pixelbook 14 glücklich. Für 1.699 Euro erwarten wir allerdings mehr als 512 Gigabyte Speicher.
C Positiv: hervorragendes OLED-Display, lange Akkulaufzeit, leise
C Negativ: hoher Preis, nur zwei USB-C-Anschlüsse, spiegelndes Display
B Pixelbook 14 bei Amazon ansehen*
B *Preis kann inzwischen abweichen. Letzte Aktualisierung am 21.02.2024.
B Weitere Artikel
B Smartphone-Akku schonen: Diese sieben Tipps helfen wirklich
B Windows 11: So deaktivieren Sie die Werbung im Startmenü
""")

# de 007: travel blog, hiking tour, full page
doc("de", "page", "article", """
B Menü öffnen
B Unterwegs mit Lisa
B Reiseziele
B Deutschland
B Österreich
B Italien
B Skandinavien
B Wandern
B Mehrtagestouren
B Hüttentouren
B Ausrüstung
B Über den Blog
B Kontakt
B Startseite » Wandern » Allgäu
C Vom Oberjoch auf den Iseler: Panoramatour mit Blick auf drei Länder
B Aktualisiert am 2. Juni 2023
C Der Iseler ist einer dieser Berge, die man vom Tal aus fast übersieht. Dabei bietet sein Gipfel eine der schönsten Aussichten im Oberallgäu: bei klarem Wetter reicht der Blick vom Bodensee bis zur Zugspitze. Die Tour ist kurz, aber an einigen Stellen überraschend steil.
C Die Tour im Überblick
C Strecke: 9,4 km
C Höhenmeter: 640 m im Auf- und Abstieg
C Gehzeit: ca. 4 Stunden
C Schwierigkeit: mittel, Trittsicherheit erforderlich
C Einkehr: Hirschalpe (Mo Ruhetag)
C Start am Wanderparkplatz Oberjoch
C Wir starten am großen Parkplatz an der Talstation der Iselerbahn. Wer möchte, kann sich die ersten Höhenmeter mit der Sesselbahn sparen, wir sind aber über die Skipiste aufgestiegen. Der Weg ist breit und gut markiert, im Frühsommer blühen hier unzählige Enziane.
C Der Gipfelgrat
C Ab dem Sattel wird der Weg schmaler. Die letzten 150 Höhenmeter zum Gipfelkreuz führen über einen felsigen Grat, der an zwei Stellen mit Drahtseilen gesichert ist. Bei Nässe solltet ihr hier wirklich vorsichtig sein. Oben angekommen haben wir uns eine lange Pause gegönnt.
C Abstieg über die Hirschalpe
C Für den Rückweg haben wir die Variante über die Hirschalpe gewählt. Dort gibt es hausgemachten Kaiserschmarrn und einen großen Spielplatz, was die Tour auch für Familien mit älteren Kindern interessant macht.
B Hinweis: Dieser Beitrag enthält Werbung, da ich Marken nenne. Die Tour habe ich selbst bezahlt.
B Teile diesen Beitrag
B Pinterest
B Facebook
B WhatsApp
B Lisa Berger
B Hi, ich bin Lisa! Seit 2016 schreibe ich hier über Wanderungen, Hüttentouren und Reisen in den Alpen. Schön, dass du da bist.
B Weitere Touren im Allgäu
B Rund um den Alpsee: Familienwanderung mit Badestopp
B Nebelhorn im Herbst: lohnt sich die Bergbahn?
B Die 10 schönsten Hütten im Kleinwalsertal
B Newsletter
B Einmal im Monat neue Touren und Packlisten direkt in dein Postfach. Kein Spam, versprochen!
B Vorname
B E-Mail-Adresse
B Anmelden
B Instagram
B YouTube
B Impressum
B Datenschutz
B Kooperationen
B © 2023 Unterwegs mit Lisa
B Nach oben
""")

# de 008: business report on rents, extracted, blank lines between blocks
doc("de", "extracted", "article", """
C Mieten in Großstädten steigen so stark wie seit Jahren nicht
C Neue Angebotsdaten zeigen: Wer in Berlin, München oder Leipzig eine Wohnung sucht, muss deutlich mehr zahlen als vor einem Jahr. Besonders betroffen sind kleine Wohnungen.
B Veröffentlicht am 18.01.2024 | Aktualisiert am 18.01.2024 um 16:05 Uhr
C Die Angebotsmieten in den 14 größten deutschen Städten sind im vergangenen Jahr im Schnitt um 6,8 Prozent gestiegen. Das geht aus einer Auswertung von rund 450.000 Inseraten hervor, die ein Forschungsinstitut am Donnerstag vorgestellt hat.
C Den stärksten Anstieg verzeichnete Berlin mit einem Plus von 11,2 Prozent. Eine Bestandswohnung kostet dort inzwischen im Mittel 13,40 Euro pro Quadratmeter kalt. In München liegt der Wert mit 21,10 Euro zwar weiterhin am höchsten, der Zuwachs fiel mit 4,5 Prozent aber geringer aus.
B+ Mehr zum ThemaWohngeld: Wer jetzt Anspruch hat und wie Sie es beantragen
C Kleine Wohnungen besonders gefragt
C Auffällig sei, dass Wohnungen unter 40 Quadratmetern überdurchschnittlich teurer wurden, sagte Studienleiterin Petra Vogt. „Singlehaushalte, Studierende und Pendler konkurrieren um dasselbe knappe Angebot.“ Gleichzeitig werde kaum noch neu gebaut, weil Zinsen und Baukosten hoch seien.
C Der Mieterbund forderte, die Mietpreisbremse über 2025 hinaus zu verlängern und Verstöße stärker zu ahnden. Der Eigentümerverband Haus & Grund hält dagegen mehr Neubau für die einzige Lösung.
B Grafik: So haben sich die Mieten in Ihrer Stadt entwickelt
B Hinweis: Um die interaktive Grafik zu sehen, müssen Sie der Verwendung von Drittanbieter-Cookies zustimmen.
B Artikel teilen
""", blank=True)

# de 009: regional football report, full page
doc("de", "page", "article", """
B Zum Hauptinhalt
B Sportportal Westfalen
B Fußball
B Regionalliga West
B Oberliga
B Westfalenliga
B Handball
B Basketball
B Ergebnisse
B Tabellen
B Live-Ticker
B Login
B Registrieren
B Sie sind hier:
B Home
B Fußball
B Regionalliga West
B 24. Spieltag
C Preußen II dreht das Spiel in der Nachspielzeit
C Lange sah es nach einer Niederlage aus, dann trafen die Münsteraner zweimal nach der 90. Minute. Trainer Kaiser sprach von einem „verdienten, aber glücklichen“ Sieg.
B Samstag, 09.03.2024 | 17:21 Uhr | Daniel Schulte
C SC Preußen Münster II – Rot-Weiß Oberhausen 2:1 (0:1)
C Vor 1.850 Zuschauern im Sportpark Sentruper Höhe erwischten die Gäste den besseren Start. Nach einer Ecke köpfte Tim Hoffmann in der 23. Minute zum 0:1 ein. Die junge Münsteraner Mannschaft fand danach nur schwer ins Spiel und kam bis zur Pause zu keiner nennenswerten Chance.
C Nach dem Seitenwechsel erhöhte Preußen den Druck. Oberhausen verteidigte tief und lauerte auf Konter, einen davon setzte Mehmet Aydin in der 71. Minute nur an den Pfosten. In der 92. Minute war es dann der eingewechselte Jannik Brüggemann, der eine Flanke zum Ausgleich verwertete. Drei Minuten später traf Luca Vennemann per Freistoß zum umjubelten Siegtreffer.
C „Wir hätten das Spiel schon in der ersten Halbzeit entscheiden müssen“, sagte Oberhausens Trainer nach dem Abpfiff. Münster springt durch den Sieg auf Platz neun der Tabelle.
C Tore: 0:1 Hoffmann (23.), 1:1 Brüggemann (90.+2), 2:1 Vennemann (90.+5)
C Gelbe Karten: Schöne, Vennemann / Aydin, Krüger, Lenz
C Schiedsrichter: Florian Exner (Hamm)
B Jetzt teilen
B Facebook
B X
B WhatsApp
B Tabelle Regionalliga West
B Alle Ergebnisse des 24. Spieltags
B Das könnte Sie auch interessieren
B Handball: ASV Hamm verliert Spitzenspiel deutlich
B Westfalenliga: Torfestival in Gütersloh
B Oberliga: Trainerwechsel beim TuS Haltern
B Anzeige
B Jetzt wetten und 100 € Neukundenbonus sichern! 18+ | Glücksspiel kann süchtig machen. Hilfe unter www.buwei.de
B Impressum
B Datenschutz
B Nutzungsbedingungen
B Werbung
B © Sportportal Westfalen 2024
""")

# de 010: health guide, extracted
doc("de", "extracted", "article", """
B Gesundheit
B Schlafstörungen
C Schlecht geschlafen? Diese Gewohnheiten helfen wirklich
C Jeder dritte Erwachsene in Deutschland schläft regelmäßig schlecht. Oft liegt es nicht an einer Krankheit, sondern an Dingen, die man selbst ändern kann.
B Von Dr. Anna Seidel, medizinisch geprüft von Dr. Martin Krebs
B 5 Min.
C Feste Zeiten, auch am Wochenende
C Unser Körper liebt Routinen. Wer jeden Tag zur gleichen Zeit aufsteht, stabilisiert seine innere Uhr. Schlafmediziner empfehlen, auch am Wochenende höchstens eine Stunde länger zu schlafen als unter der Woche.
C Koffein nur bis zum frühen Nachmittag
C Die Wirkung von Kaffee hält länger an, als viele denken. Nach fünf bis sechs Stunden ist erst etwa die Hälfte des Koffeins abgebaut. Die letzte Tasse sollte deshalb spätestens gegen 14 Uhr getrunken werden.
C Das Schlafzimmer kühl halten
C Ideal sind Temperaturen zwischen 16 und 19 Grad. Ein zu warmes Zimmer führt dazu, dass wir nachts häufiger aufwachen.
B+ Auch interessant:Mittagsschlaf: Wie lange ist gesund?
C Wann Sie zum Arzt gehen sollten
C Wenn Sie länger als drei Monate an mindestens drei Nächten pro Woche schlecht schlafen und sich tagsüber erschöpft fühlen, sollten Sie das ärztlich abklären lassen. Auch lautes Schnarchen mit Atemaussetzern ist ein Warnzeichen.
B Quellen: Deutsche Gesellschaft für Schlafforschung und Schlafmedizin (DGSM); Robert Koch-Institut
B Wichtiger Hinweis: Die Inhalte dieses Artikels ersetzen keine ärztliche Beratung oder Behandlung.
B War dieser Artikel hilfreich? Ja Nein
""")

# de 011: science news, full page
doc("de", "page", "article", """
B Navigation überspringen
B Wissenschaft aktuell
B Themen
B Archäologie
B Klima
B Medizin
B Raumfahrt
B Technik
B Newsletter
B Spenden
B Diese Website nutzt Cookies. Einige sind notwendig, während andere uns helfen, die Website und Ihre Erfahrung zu verbessern.
B Akzeptieren
B Ablehnen
B Individuelle Einstellungen
B Archäologie
C Römisches Lager bei Bauarbeiten in Niederbayern entdeckt
C Bei Erdarbeiten für ein Neubaugebiet sind Archäologen auf die Überreste eines bislang unbekannten römischen Militärlagers gestoßen. Die Funde könnten die Geschichte der Grenzregion neu schreiben.
B 14. Februar 2024
B Redaktion
C Eigentlich sollte hier ein Wohngebiet mit 40 Einfamilienhäusern entstehen. Doch als ein Baggerfahrer im Herbst auf dunkle Verfärbungen im Boden stieß, wurden die Arbeiten gestoppt. Inzwischen steht fest: Unter dem Acker am Rand der Gemeinde liegen die Gräben und Pfostenlöcher eines Lagers aus dem 1. Jahrhundert nach Christus.
C „Die Anlage war etwa 2,5 Hektar groß und bot Platz für eine Einheit von 500 Soldaten“, erklärt die Grabungsleiterin vom Bayerischen Landesamt für Denkmalpflege. Gefunden wurden unter anderem Münzen aus der Zeit Kaiser Vespasians, Scherben von Trinkgefäßen und ein gut erhaltener Helmbusch-Halter aus Bronze.
C Bislang ging die Forschung davon aus, dass die Römer in diesem Abschnitt erst Jahrzehnte später dauerhaft präsent waren. Das Lager könnte daher zu einer frühen Phase der Eroberung gehören, in der die Grenze noch nicht befestigt war.
C Wie geht es weiter?
C Die Grabungen sollen bis zum Sommer abgeschlossen werden. Die Gemeinde hat angekündigt, einen Teil der Fläche nicht zu bebauen und dort einen kleinen archäologischen Park anzulegen.
B Bildergalerie ansehen (12 Bilder)
B Themen:
B Römer
B Bayern
B Ausgrabung
B Das könnte Sie auch interessieren
B Wikinger-Schwert in Schleswig-Holstein gefunden
B Wie alt ist die Himmelsscheibe wirklich?
B Unterstützen Sie unabhängigen Wissenschaftsjournalismus
B Schon ab 5 € im Monat helfen Sie uns, weiterhin frei zugänglich zu berichten.
B Jetzt spenden
B Über uns
B Team
B Impressum
B Datenschutz
B Kontakt
B © Wissenschaft aktuell e.V.
""")

# de 012: theatre review, extracted, glued teaser at the end
doc("de", "extracted", "article", """
B Kultur
C „Die Räuber“ am Staatstheater: Laut, wütend und erstaunlich komisch
C Regisseurin Hanna Wolff macht aus Schillers Jugenddrama eine Abrechnung mit einer Generation, die ihren Eltern nichts mehr glaubt. Nicht alles gelingt, aber der Abend packt.
B Kritik von Peter Langhans
B 26.11.2023 - 18:30 Uhr
C Das Bühnenbild besteht aus einem einzigen, riesigen Esstisch, der sich im Laufe des Abends langsam neigt. Am Kopfende sitzt der alte Moor, gespielt von Gerd Haas, und sieht zu, wie seine Söhne ihn und sich gegenseitig zerstören. Das Bild ist einfach und wirkungsvoll.
C Karl Moor, bei Jonas Becker ein zorniger Idealist mit Kapuzenpulli, brüllt seine Monologe ins Publikum, als stünde er auf einer Demonstration. Das ist in den ersten zwanzig Minuten mitreißend, nutzt sich aber ab. Stärker ist Franz, den Selin Aksoy als kühle, fast höfliche Strategin anlegt. Ihre leisen Szenen sind die besten des Abends.
C Überraschend ist, wie komisch Wolff die Räuberbande zeichnet: eine Gruppe von Mitläufern, die sich über Gruppenchats organisiert und ständig über die Verteilung der Beute streitet.
C Nach knapp zwei Stunden ohne Pause gab es langen Applaus, vereinzelt auch Buhrufe für die Regie.
C Weitere Vorstellungen am 1., 9. und 22. Dezember, Karten ab 14 Euro.
B+ Zur StartseiteWeitere Kritiken aus dem Staatstheater
B Abonnieren Sie unseren Kultur-Newsletter
""")

# de 013: car forum thread, full page
doc("de", "page", "forum", """
B Motor-Talk-Treff
B Foren
B Marken
B Ratgeber
B Neuigkeiten
B Marktplatz
B Anmelden
B Registrieren
B Suche
B Forum
B VW
B Golf
B Golf 7
B Technik
C Klackern vorne links beim Anfahren und Lenken
N Themenstarter: Hannes_87
N Beginndatum: 11.10.2023
N Hannes_87
N Mitglied
N Beiträge: 34
N 11.10.2023, 19:02
C Hallo zusammen,
C seit ein paar Wochen habe ich bei meinem Golf 7 (1.4 TSI, Bj. 2015, 118.000 km) ein Klackern vorne links. Es tritt vor allem beim Anfahren auf, wenn das Lenkrad stark eingeschlagen ist, also z. B. beim Ausparken. Bei Geradeausfahrt ist nichts zu hören.
C Die Werkstatt meinte, es könnte das Domlager sein, wollte sich aber nicht festlegen. Hat jemand Erfahrungen damit? Lohnt es sich, gleich beide Seiten zu machen?
B Antworten
B Zitieren
B Melden
N Schrauber_Mike
N Moderator
N 11.10.2023, 20:15
C Klingt für mich eher nach Antriebswelle, genauer gesagt nach dem äußeren Gleichlaufgelenk. Das klackert typischerweise bei eingeschlagener Lenkung unter Last. Schau dir mal die Manschette an, wenn die gerissen ist, hast du deine Antwort.
C Domlager knarzt eher beim Lenken im Stand.
B Antworten
B Zitieren
B Melden
N Hannes_87
N 12.10.2023, 07:48
C Danke! Manschette sieht tatsächlich feucht aus und ist an einer Stelle eingerissen. Dann wird es wohl das Gelenk sein. Was kostet das ungefähr?
B Antworten
B Zitieren
B Melden
N golfgti_ruhr
N 12.10.2023, 09:30
C Bei uns in der freien Werkstatt hat die komplette Antriebswelle inklusive Einbau 380 € gekostet. Nur das Gelenk zu tauschen lohnt sich meistens nicht, weil die Arbeitszeit fast gleich ist.
B Antworten
B Zitieren
B Melden
N Hannes_87
N 20.10.2023, 18:11
C Kurzes Update: Antriebswelle links ist getauscht, das Klackern ist weg. Danke euch allen für die schnelle Hilfe!
B Antworten
B Zitieren
B Melden
B Ähnliche Themen
B Golf 7 Geräusch beim Bremsen vorne
B Knacken in der Lenkung bei Kälte
B Du musst angemeldet sein, um hier antworten zu können.
B Nutzungsbedingungen
B Datenschutz
B Impressum
B Hilfe
B Foren-Software © 2023
""")

# de 014: Linux forum thread, extracted
doc("de", "extracted", "forum", """
C [gelöst] WLAN nach Kernel-Update nicht mehr verfügbar
N Verfasst: Mo 15. Jan 2024, 21:34
C Hallo,
C nach dem letzten Update auf Kernel 6.5 findet mein Laptop (Lenovo ThinkPad E14, Intel AX201) keine WLAN-Netze mehr. Im Netzwerkmanager steht nur noch „Kein WLAN-Adapter gefunden“. Mit dem alten Kernel aus dem GRUB-Menü funktioniert alles.
C Ausgabe von lspci zeigt die Karte noch an:
C 00:14.3 Network controller: Intel Corporation Wi-Fi 6 AX201 (rev 20)
B Nach oben
N Verfasst: Mo 15. Jan 2024, 22:10
C Schau mal mit sudo dmesg | grep iwlwifi nach, ob die Firmware geladen wird. Ich tippe darauf, dass das Paket linux-firmware nicht mit aktualisiert wurde.
B Nach oben
N Verfasst: Di 16. Jan 2024, 08:02
C Hier die Ausgabe:
C iwlwifi 0000:00:14.3: Direct firmware load for iwlwifi-so-a0-hr-b0-83.ucode failed with error -2
C iwlwifi 0000:00:14.3: no suitable firmware found!
C Welche Version von linux-firmware ist denn installiert? Das findest du mit apt policy linux-firmware heraus.
B Nach oben
N Verfasst: Di 16. Jan 2024, 07:15
C Installiert ist 20230323.gitbcdcfbcf-0ubuntu1.9, also nicht die aktuelle. Beim Update gab es wohl einen Abbruch, weil die Platte voll war.
B Nach oben
N Verfasst: Di 16. Jan 2024, 07:40
C Dann erst Platz schaffen, z. B. alte Kernel mit sudo apt autoremove entfernen, und anschließend die Firmware neu installieren:
C sudo apt install --reinstall linux-firmware
C Danach unbedingt neu starten, sonst lädt der Treiber die Firmware nicht.
B Nach oben
N Verfasst: Di 16. Jan 2024, 08:02
C Genau das war es. Nach dem Aufräumen waren wieder 4 GB frei, die Firmware ließ sich installieren und nach dem Neustart ist das WLAN wieder da. Danke!
C Ich habe den Titel auf [gelöst] gesetzt.
B Nach oben
B Benutzer 2 Danke-Klicks für diesen Beitrag.
""")

# de 015: gardening forum, full page
doc("de", "page", "forum", """
B Gartenfreunde Online
B Forum
B Gartenkalender
B Pflanzenlexikon
B Tauschbörse
B Fotogalerie
B Willkommen, Gast. Bitte einloggen oder registrieren.
B Übersicht
B Gemüsegarten
B Tomaten & Paprika
C Thema: Braune Flecken an den Tomatenblättern – Krautfäule?
B (Gelesen 1.204 mal)
B Seiten: 1 2
N Beitrag von Gärtnerin_Uschi
N « am: 28. Juli 2023, 14:12 »
C Hallo ihr Lieben,
C an meinen Tomaten (Sorte Ochsenherz und Harzfeuer, draußen ohne Dach) haben sich seit dem Regen letzte Woche braune Flecken an den unteren Blättern gebildet. Inzwischen sind auch zwei Stängel betroffen. Ist das die gefürchtete Kraut- und Braunfäule? Kann ich die Früchte noch essen?
B Zitieren
N Beitrag von Hobbygärtner_Klaus
N « Antwort #1 am: 28. Juli 2023, 15:40 »
C Nach deiner Beschreibung sehr wahrscheinlich, ja. Befallene Blätter sofort abschneiden und in den Restmüll, nicht auf den Kompost. Die gesunden grünen Früchte kannst du ernten und drinnen nachreifen lassen.
C Für nächstes Jahr: Tomaten unbedingt überdachen, die Pilzsporen brauchen nasse Blätter.
B Zitieren
N Beitrag von Rosi65
N « Antwort #2 am: 28. Juli 2023, 18:03 »
C Ich gieße nur noch morgens und direkt an die Wurzel. Seitdem hatte ich keine Probleme mehr.
B Zitieren
N Beitrag von Gärtnerin_Uschi
N « Antwort #3 am: 29. Juli 2023, 09:25 »
C Danke euch! Habe alles Befallene entfernt und aus zwei alten Fenstern ein provisorisches Dach gebaut. Mal sehen, ob der Rest durchhält.
B Zitieren
B Seiten: 1 2
B Nach oben
B Gehe zu:
B Tomaten & Paprika
B Drucken
B Forum-Regeln
B Impressum
B Datenschutz
B Powered by SMF 2.1 © 2023, Simple Machines
""")

# de 016: finance/tax forum, extracted
doc("de", "extracted", "forum", """
B Steuern & Finanzen › Einkommensteuer
C Homeoffice-Pauschale und Fahrtkosten am selben Tag?
C Hallo zusammen, ich arbeite zwei Tage pro Woche im Homeoffice und drei Tage im Büro. An manchen Tagen fahre ich morgens ins Büro und arbeite nachmittags zu Hause weiter. Darf ich für diese Tage die Homeoffice-Pauschale und die Entfernungspauschale ansetzen?
B Zitieren · Melden
C Seit 2023 geht das tatsächlich, wenn für die Tätigkeit kein anderer Arbeitsplatz zur Verfügung steht, also zum Beispiel bei Lehrkräften. In deinem Fall hast du aber einen Arbeitsplatz im Büro, dann gibt es für den gemischten Tag nur die Entfernungspauschale.
C Die Pauschale beträgt 6 Euro pro Tag, maximal 1.260 Euro im Jahr.
B Zitieren · Melden
C Stimmt, genau so hat es bei mir das Finanzamt auch gesehen. Ich hatte die Tage doppelt eingetragen und es wurde gestrichen.
B Zitieren · Melden
C Ok, dann trage ich die gemischten Tage nur als Bürotage ein. Vielen Dank für die schnellen Antworten!
B Hinweis: Die Beiträge im Forum stellen keine Steuerberatung dar.
""")

# de 017: DIY store product page, full page
doc("de", "page", "product", """
B Zum Inhalt springen
B Kostenloser Versand ab 50 € · 30 Tage Rückgaberecht · Kauf auf Rechnung
B Baumarkt Hartmann
B Sortiment
B Werkzeug
B Elektrowerkzeug
B Akku-Werkzeug
B Handwerkzeug
B Messwerkzeug
B Werkstatteinrichtung
B Garten
B Rasenmäher
B Gartenmöbel
B Pflanzen
B Grills
B Bewässerung
B Bauen
B Holz
B Fliesen
B Dämmung
B Türen & Fenster
B Sanitär
B Badmöbel
B Armaturen
B Duschen
B Elektro
B Leuchten
B Installation
B Smart Home
B Farben & Tapeten
B Wandfarbe
B Lacke & Lasuren
B Tapeten
B Malerwerkzeug
B Angebote
B Filialen
B Mein Konto
B Merkzettel
B Warenkorb (0)
B Startseite
B Werkzeug
B Elektrowerkzeug
B Akkuschrauber
C Akku-Bohrschrauber BS 18 LI Compact, 18 V, inkl. 2 Akkus 2,0 Ah und Ladegerät
B Art.-Nr. 4021877
B ★★★★☆ 4,5 (86 Bewertungen)
C! 129,99 € statt 149,99 €
B inkl. MwSt., zzgl. Versandkosten
B Lieferung in 2–4 Werktagen
B In Filiale Köln-Ehrenfeld: 5 Stück vorrätig
B Menge
B In den Warenkorb
B Auf den Merkzettel
B Produktbeschreibung
C Der kompakte Akku-Bohrschrauber für Heimwerker, die viel schrauben und gelegentlich bohren. Dank bürstenlosem Motor arbeitet das Gerät effizient und hält lange durch. Das 2-Gang-Getriebe erlaubt hohe Drehzahlen zum Bohren und hohes Drehmoment zum Schrauben.
C Mit nur 1,3 kg inklusive Akku liegt der BS 18 LI Compact gut in der Hand und eignet sich auch für Arbeiten über Kopf. Die LED-Leuchte am Fuß beleuchtet die Arbeitsstelle.
C Technische Daten
C Akkuspannung: 18 V
C Max. Drehmoment: 55 Nm
C Leerlaufdrehzahl: 0–450 / 0–1.700 min⁻¹
C Bohrleistung Holz: 35 mm
C Bohrleistung Stahl: 13 mm
C! Gewicht: 1,3 kg inkl. Akku
C Lieferumfang
C 1 Akku-Bohrschrauber, 2 Akkus 18 V / 2,0 Ah, 1 Schnellladegerät, 1 Transportkoffer
B Kundenbewertungen
N Stark für die Größe, Akku hält lange
N Habe damit die komplette Küche montiert, auch 6er Schrauben in Buche gingen problemlos.
B Wird oft zusammen gekauft
B Bit-Set 32-teilig
B 14,99 €
B Ersatzakku 18 V 4,0 Ah
B 69,99 €
B Service
B Hilfe & FAQ
B Versand & Lieferung
B Rücksendung
B Mietgeräte
B Unternehmen
B Karriere
B Impressum
B Datenschutz
B AGB
B Widerrufsbelehrung
B Zahlungsarten: PayPal, Visa, Mastercard, Rechnung, Lastschrift
B © 2024 Baumarkt Hartmann GmbH
""")

# de 018: coffee machine, extracted product description
doc("de", "extracted", "product", """
C Siebträgermaschine Barista Pro 2 – Edelstahl
B Startseite / Küche / Kaffee & Espresso / Siebträgermaschinen
C! 549,00 € statt 649,00 €
C Mit der Barista Pro 2 holen Sie sich echtes Café-Gefühl nach Hause. Das integrierte Kegelmahlwerk mit 30 Mahlstufen mahlt die Bohnen direkt in den Siebträger, die PID-Temperaturregelung sorgt für eine gleichbleibende Brühtemperatur von 93 °C.
C Die leistungsstarke Dampflanze schäumt Milch in weniger als einer Minute zu feinem Mikroschaum auf, ideal für Latte Art. Dank der Heizzeit von nur drei Sekunden ist die Maschine praktisch sofort einsatzbereit.
C Highlights
C Integriertes Kegelmahlwerk mit 30 Stufen
C Aufheizzeit: 3 Sekunden
C Wassertank: 2 Liter, abnehmbar
C Leistung: 1.680 Watt
C Maße (B × T × H): 33 × 35 × 41 cm
B+ Jetzt bestellen und bis zu 3 Jahre Garantie sichern
B Sofort lieferbar, Lieferzeit 1–3 Werktage
B Kunden kauften auch: Milchkännchen 600 ml, Tamper 58 mm, Entkalker 3er-Pack
B Preis inkl. 19 % MwSt., zzgl. Versand
""")

# de 019: outdoor shop, hiking boot, full page
doc("de", "page", "product", """
B Gratis Rückversand
B Bestpreis-Garantie
B Hotline 0800 123 45 67
B Bergsport Weiß
B Damen
B Herren
B Kinder
B Schuhe
B Bekleidung
B Ausrüstung
B Marken
B Sale %
B Suchbegriff eingeben
B Anmelden
B Wunschliste
B Warenkorb
B Herren
B Schuhe
B Wanderschuhe
C Alpinist Mid GTX – Herren Wanderschuh
C! 189,95 € UVP 219,95 €
B Du sparst 14 %
C Farbe: Anthrazit/Orange
B Größe wählen
B 40
B 41
B 42
B 43
B 44
B 45
B 46
B Größentabelle
B In den Warenkorb
B Versandkostenfrei · Lieferung Mo., 18.03. – Mi., 20.03.
C Der Alpinist Mid GTX ist ein vielseitiger Wanderschuh für Tagestouren und leichte Mehrtagestouren. Die wasserdichte und atmungsaktive GORE-TEX-Membran hält deine Füße bei Regen trocken, die Vibram-Sohle bietet guten Grip auf nassem Fels und Wurzeln.
C Der knöchelhohe Schaft aus Veloursleder stützt den Fuß, ohne einzuengen. Für ein angenehmes Tragegefühl sorgen die gepolsterte Zunge und das herausnehmbare Fußbett.
C Eigenschaften
C Obermaterial: Veloursleder und Textil
C Membran: GORE-TEX
C Sohle: Vibram Megagrip
C Gewicht: 540 g (Gr. 42)
C Kategorie: B (Trekking)
B Bewertungen (41)
N ★★★★★ Passt perfekt, keine Blasen nach 20 km
N Schon nach dem ersten Tragen bequem, die Sohle hat auf nassem Kalk richtig gut gehalten.
B Alle Bewertungen anzeigen
B Passend dazu
B Merino-Wandersocken 2er-Pack
B Imprägnierspray 300 ml
B Zuletzt angesehen
B Kunden-Service
B Kontakt
B Versand
B Rückgabe
B Größenberatung
B Über uns
B Filialen
B Jobs
B Nachhaltigkeit
B Newsletter abonnieren und 10 € Gutschein sichern*
B Datenschutz
B Impressum
B AGB
B *Mindestbestellwert 75 €
""")

# de 020: online bookstore, book page
doc("de", "page", "product", """
B Bücherstube Online
B Bücher
B eBooks
B Hörbücher
B Spielwaren
B Geschenke
B Bestseller
B Neuerscheinungen
B Kostenloser Versand innerhalb Deutschlands
B Titel, Autor, ISBN
B Suchen
B Mein Konto
B Warenkorb
B Bücher
B Romane & Erzählungen
B Gegenwartsliteratur
C Das Haus am Kanal
C Roman
C von Johanna Pfeiffer
C Gebundene Ausgabe, 384 Seiten
C 24,00 €
B inkl. MwSt.
B Sofort lieferbar
B In den Warenkorb
B Vormerken
B In der Buchhandlung abholen
C Klappentext
C Amsterdam, Winter 1947. Als die junge Übersetzerin Elsa Brandt das Haus ihrer verstorbenen Tante erbt, findet sie auf dem Dachboden einen Stapel Briefe, die nie abgeschickt wurden. Sie erzählen von einer Liebe während der Besatzungszeit und von einem Verrat, über den in der Familie nie gesprochen wurde.
C Johanna Pfeiffer verwebt zwei Zeitebenen zu einem fesselnden Roman über Schuld, Schweigen und die Frage, wie gut wir die Menschen kennen, die uns am nächsten stehen.
C Produktdetails
C Verlag: Lindenhof Verlag
C Erscheinungsdatum: 05.02.2024
C ISBN: 978-3-89876-412-3
C Sprache: Deutsch
C Über die Autorin
C Johanna Pfeiffer, geboren 1979 in Bremen, studierte Niederlandistik in Münster und lebt heute in Hamburg. „Das Haus am Kanal“ ist ihr dritter Roman.
B Kundenbewertungen
B Schreiben Sie die erste Bewertung
B Das könnte Ihnen auch gefallen
B Die Schwestern von Delft
B 22,00 €
B Winterlicht
B 12,00 €
B Service
B Versandkosten
B Bestellstatus
B Geschenkgutscheine
B Hilfe
B Impressum
B Datenschutz
B AGB
B Widerrufsrecht
B Ihre Buchhandlung vor Ort seit 1952
""")

# de 021: e-bike, extracted from a manufacturer page
doc("de", "extracted", "product", """
C Cityrad E-Urban 7 Wave
C Das E-Urban 7 Wave ist unser komfortabelstes Stadtrad mit tiefem Einstieg. Der leise Mittelmotor unterstützt bis 25 km/h, die Kettenschaltung ersetzen wir durch eine wartungsarme 7-Gang-Nabenschaltung mit Rücktrittbremse.
B Jetzt Probefahrt beim Händler vereinbaren
C! ab 2.799,00 € UVP
C Ausstattung im Überblick
C Motor: Mittelmotor 250 W, 65 Nm
C Akku: 500 Wh, im Rahmen integriert
C Reichweite: bis zu 120 km
C Schaltung: Shimano Nexus 7-Gang
C Rahmengrößen: 46, 50 und 54 cm
C Zulässiges Gesamtgewicht: 140 kg
C Der Akku lässt sich abschließen und zum Laden herausnehmen. Vorn und hinten sind hydraulische Scheibenbremsen verbaut, das Licht wird über den Akku versorgt und bleibt auch bei Stillstand an.
B Alle Angaben ohne Gewähr. Abbildungen können Sonderausstattung zeigen.
B Händler in Ihrer Nähe finden
B Finanzierung ab 0 % effektivem Jahreszins*
""")

# de 022: garden furniture category page, full page
doc("de", "page", "collection", """
B Wohnwelt Kramer
B Möbel
B Wohnzimmer
B Schlafzimmer
B Küche
B Garten
B Deko
B Lampen
B Outlet
B Inspiration
B Beratungstermin vereinbaren
B 0 Artikel
B Wir nutzen Cookies, um dir das beste Einkaufserlebnis zu bieten. Mit „Alle erlauben“ stimmst du der Nutzung zu, unter „Einstellungen“ kannst du selbst auswählen.
B Alle erlauben
B Einstellungen
B Startseite
B Garten
C Gartenmöbel
C Entdecke Gartenmöbel für Balkon, Terrasse und Garten: von der kompakten Bistrogarnitur bis zur großen Lounge aus wetterfestem Polyrattan. Viele Modelle sind sofort lieferbar.
B 128 Artikel
B Sortieren nach: Beliebtheit
B Filter
B Material
B Farbe
B Preis
B Sofort lieferbar
C Gartenlounge „Lago“ 4-teilig, Polyrattan, grau
C! 899,00 € statt 1.099,00 €
C Bistro-Set „Paris“ klappbar, Metall, salbeigrün
C 149,99 €
C Gartenbank „Nordby“, Akazienholz, 150 cm
C 219,00 €
C Sonnenliege „Siesta“ mit Auflage, anthrazit
C! 129,00 € statt 159,00 €
C Esstisch „Malta“ ausziehbar, 180–240 cm
C 649,00 €
C Hochlehner-Auflage „Comfort“, 6 Farben
C ab 34,99 €
B Mehr anzeigen
B Seite 1 von 11
B Ratgeber: So pflegst du Gartenmöbel aus Holz richtig
B Gartenmöbel im Winter lagern – unsere Tipps
B Kundenservice
B Lieferung & Montage
B Finanzierung
B Filialfinder
B Über uns
B Impressum
B Datenschutz
B AGB
B © Wohnwelt Kramer
""")

# de 023: recipe collection, full page
doc("de", "page", "collection", """
B Kochen mit Herz
B Rezepte
B Vegetarisch
B Backen
B Saisonkalender
B Magazin
B Community
B Login
B Rezept suchen
B Du bist hier: Startseite › Rezeptsammlungen › Schnelle Gerichte
C Schnelle Abendessen: 25 Rezepte in 30 Minuten
C Nach einem langen Tag soll es schnell gehen und trotzdem schmecken. Hier findest du unsere liebsten Feierabendrezepte, die meisten davon sind in einer halben Stunde auf dem Tisch.
B Anzeige
C One-Pot-Pasta mit Spinat und Feta
C 20 Min. · einfach · vegetarisch
C Hähnchenpfanne mit Paprika und Reis
C 30 Min. · einfach
C Rote-Linsen-Curry mit Kokosmilch
C 25 Min. · einfach · vegan
C Flammkuchen vom Blech
C 25 Min. · mittel
C Gebratener Lachs mit Ofengemüse
C 30 Min. · einfach
C Kartoffel-Gröstl mit Spiegelei
C 25 Min. · einfach · vegetarisch
B Weitere Rezepte laden
B Beliebte Sammlungen
B Gerichte mit Kürbis
B Meal Prep für die Woche
B Kochen für Kinder
B Hol dir jeden Freitag neue Rezeptideen per E-Mail!
B Jetzt anmelden
B App herunterladen
B Über uns
B Werben
B Presse
B Impressum
B Datenschutz
B Privatsphäre-Einstellungen
""")

# de 024: energy topic page of a news site, extracted collection
doc("de", "extracted", "collection", """
B Themen
C Energiewende
C Alle Artikel, Analysen und Hintergründe zur Energiewende in Deutschland.
C Solarpflicht für Neubauten: Was ab 2025 in den Bundesländern gilt
C Immer mehr Länder schreiben Photovoltaik auf neuen Dächern vor. Ein Überblick über die Regeln und Ausnahmen.
C 12.03.2024
C Windkraft im Süden: Warum Bayern beim Ausbau aufholt
C Die Zahl der Genehmigungen hat sich im vergangenen Jahr verdreifacht. Doch vor Ort gibt es weiter Widerstand.
C 08.03.2024
C Wärmepumpe im Altbau: Wann sie sich lohnt und wann nicht
C 01.03.2024
C Netzausbau: Die wichtigsten Stromtrassen im Überblick
C 27.02.2024
B Mehr laden
B Newsletter Energie & Klima: Jeden Dienstag die wichtigsten Entwicklungen kompakt.
B Jetzt abonnieren
""")

# de 025: tourism portal, collection of excursion destinations
doc("de", "page", "collection", """
B Erlebnis Sachsen
B Reiseziele
B Städte
B Natur & Aktiv
B Kultur
B Kulinarik
B Unterkünfte
B Veranstaltungen
B Deutsch
B English
B Polski
B Česky
B Merkliste (0)
B Startseite
B Natur & Aktiv
B Ausflugsziele
C Ausflugsziele für Familien in Sachsen
C Burgen zum Erkunden, Tierparks zum Staunen und Bäder für jedes Wetter: Wir haben die beliebtesten Familienausflüge in Sachsen für euch zusammengestellt.
C Festung Königstein
C Eine der größten Bergfestungen Europas, hoch über dem Elbtal. Mit Aufzug, Kinderführungen und Abenteuerspielplatz.
C Sächsische Schweiz · ganzjährig geöffnet
C Zoo Leipzig
C Mehr als 850 Tierarten in naturnahen Themenwelten, darunter die Tropenerlebniswelt Gondwanaland.
C Leipzig · ganzjährig geöffnet
C Kletterwald Dresdner Heide
C Sieben Parcours in unterschiedlichen Schwierigkeitsgraden, Kinder ab 4 Jahren können mitklettern.
C Dresden · April bis Oktober
C Erlebnisbad Riesa
C Wellenbecken, Rutschenturm und Außenbecken mit Sole, ideal für Regentage.
C Riesa · ganzjährig geöffnet
B Auf die Merkliste
B Auf die Merkliste
B Auf die Merkliste
B Auf die Merkliste
B Alle 48 Ausflugsziele auf der Karte anzeigen
B Das könnte Sie auch interessieren
B Radfernwege in Sachsen
B Weihnachtsmärkte im Erzgebirge
B Tourismus Marketing Gesellschaft Sachsen mbH
B Presse
B Fachbesucher
B Kontakt
B Impressum
B Datenschutz
B Barrierefreiheit
B Facebook
B Instagram
B YouTube
""")

# de 026: job search results, full page
doc("de", "page", "listing", """
B JobPortal Nord
B Jobs finden
B Unternehmen
B Gehaltsvergleich
B Karriereratgeber
B Für Arbeitgeber
B Anmelden
B Was: Pflegefachkraft
B Wo: Hamburg
B Umkreis: 25 km
B Jobs finden
B Job-Alarm aktivieren
C 87 Jobs als Pflegefachkraft in Hamburg
B Sortieren: Relevanz | Datum
C Pflegefachkraft (m/w/d) Intensivstation
C Asklepios Klinik St. Georg
C Hamburg-St. Georg · Vollzeit, Teilzeit
C Ab 3.900 € brutto · 30 Tage Urlaub · Jobticket
B vor 2 Tagen
B Merken
C Examinierte Pflegefachkraft für ambulanten Pflegedienst
C Pflegedienst Lebensfreude GmbH
C Hamburg-Eimsbüttel · Teilzeit
C Dienstwagen auch zur privaten Nutzung, keine geteilten Dienste
B vor 5 Tagen
B Merken
C Gesundheits- und Krankenpfleger (m/w/d) für die Geriatrie
C Albertinen Krankenhaus
C Hamburg-Schnelsen · Vollzeit
B Neu
B Merken
C Pflegefachkraft (m/w/d) Dauernachtwache
C Seniorenresidenz Alsterblick
C Hamburg-Winterhude · Teilzeit
C Nachtzuschlag 25 %, feste Dienstpläne
B vor 1 Woche
B Merken
B Weiter
B Seite 1 von 9
B Ähnliche Suchen: Altenpfleger Hamburg · Krankenpfleger Teilzeit · Pflegehelfer Norderstedt
B Über uns
B Presse
B Hilfe
B Impressum
B Datenschutz
B AGB für Arbeitgeber
B © 2024 JobPortal Nord GmbH
""")

# de 027: real estate listings, full page
doc("de", "page", "listing", """
B Wohnraum24
B Mieten
B Kaufen
B Neubau
B Gewerbe
B Immobilie bewerten
B Inserieren
B Wir setzen Cookies und vergleichbare Technologien ein, um unser Angebot für Sie zu verbessern, Reichweiten zu messen und Ihnen passende Immobilienangebote anzuzeigen.
B Akzeptieren
B Ablehnen
B Mehr erfahren
B Wohnung mieten in Leipzig
B Suche speichern
B Filter: 2–3 Zimmer · bis 900 € · ab 50 m²
C 214 Mietwohnungen in Leipzig
C Helle 3-Zimmer-Wohnung mit Balkon in Gohlis
C 04155 Leipzig, Gohlis-Süd
C 780 € Kaltmiete · 72 m² · 3 Zimmer
C Balkon · Einbauküche · Aufzug
B Exposé ansehen
C Altbau-Charme: 2 Zimmer mit Dielenboden nahe Südvorstadt
C 04275 Leipzig, Südvorstadt
C 690 € Kaltmiete · 58 m² · 2 Zimmer
C Keller · Badewanne · Fahrradraum
B Exposé ansehen
C Erstbezug nach Sanierung: 3 Zimmer in Plagwitz
C 04229 Leipzig, Plagwitz
C 895 € Kaltmiete · 81 m² · 3 Zimmer
C Fußbodenheizung · Gäste-WC · Stellplatz optional
B Exposé ansehen
B Premium-Partner
B Umzugsfirma gesucht? Jetzt bis zu 5 kostenlose Angebote vergleichen
B 1
B 2
B 3
B …
B 18
B Nächste Seite
B Mietspiegel Leipzig 2024
B Beliebte Stadtteile: Connewitz, Lindenau, Reudnitz, Schleußig
B Hilfe & Kontakt
B Impressum
B Datenschutz
B Nutzungsbedingungen
B Datenschutz-Einstellungen
""")

# de 028: event calendar, extracted listing
doc("de", "extracted", "listing", """
C Veranstaltungen in Freiburg im März
B Filter zurücksetzen
C Sa, 16.03.2024 · 20:00 Uhr
C Jazzkeller-Session: Trio Nordlicht
C Jazzhaus Freiburg, Schnewlinstraße 1
C Eintritt 18 €, ermäßigt 12 €
C So, 17.03.2024 · 11:00 Uhr
C Stadtführung: Die Bächle und ihre Geschichte
C Treffpunkt: Tourist-Information am Rathausplatz
C Mi, 20.03.2024 · 19:30 Uhr
C Lesung mit Karin Sommer: „Schwarzwaldsommer“
C Stadtbibliothek, Münsterplatz 17
C Eintritt frei, Anmeldung erbeten
B+ Alle Angaben ohne Gewähr. Änderungen vorbehalten.
B Veranstaltung melden
B Zurück zur Übersicht
""")

# de 029: site search results of a town website, full page
doc("de", "page", "listing", """
B Stadt Bad Hersfeld
B Rathaus & Service
B Leben & Wohnen
B Wirtschaft
B Tourismus
B Kultur & Freizeit
B Leichte Sprache
B Gebärdensprache
B Schriftgröße
B Kontrast
B Suchbegriff
B Suche starten
C Suchergebnisse für „Sperrmüll“
C 6 Treffer
C Sperrmüll anmelden
C Sperrmüll wird zweimal im Jahr kostenlos bei Ihnen abgeholt. Die Anmeldung erfolgt online oder telefonisch beim Abfallwirtschaftsbetrieb.
N Rathaus & Service › Abfall
C Abfallkalender 2024
C Alle Abfuhrtermine für Restmüll, Biotonne, Papier und Gelbe Säcke nach Straßen sortiert.
N Rathaus & Service › Abfall
C Wertstoffhof Am Anger
C Öffnungszeiten, Anfahrt und angenommene Abfälle des städtischen Wertstoffhofs.
N Leben & Wohnen › Umwelt
C Elektroschrott richtig entsorgen
N Rathaus & Service › Abfall
B Ergebnisse 1–4 von 6
B Weitere Ergebnisse
B Stadtverwaltung Bad Hersfeld
B Weinstraße 16
B 36251 Bad Hersfeld
B Telefon 06621 201-0
B Öffnungszeiten
B Impressum
B Datenschutz
B Erklärung zur Barrierefreiheit
B Sitemap
""")

# de 030: software documentation, full page
doc("de", "page", "documentation", """
B Zum Inhalt springen
B Nimbus Docs
B v3.2 (aktuell)
B Deutsch
B English
B Suche in der Dokumentation
B Strg K
B GitHub
B Erste Schritte
B Installation
B Schnellstart
B Konfiguration
B Projektdatei
B Umgebungsvariablen
B Profile
B Befehle
B nimbus build
B nimbus deploy
B nimbus logs
B Plugins
B FAQ
B Changelog
B Docs
B Konfiguration
B Umgebungsvariablen
C Umgebungsvariablen
C Nimbus liest Einstellungen aus drei Quellen: der Projektdatei nimbus.toml, Umgebungsvariablen und Befehlszeilenoptionen. Befehlszeilenoptionen haben die höchste Priorität, danach folgen Umgebungsvariablen.
C Namenskonvention
C Alle Variablen beginnen mit dem Präfix NIMBUS_. Verschachtelte Schlüssel aus der Projektdatei werden mit zwei Unterstrichen getrennt. Aus dem Schlüssel deploy.region wird also NIMBUS_DEPLOY__REGION.
C export NIMBUS_DEPLOY__REGION=eu-central
C export NIMBUS_LOG_LEVEL=debug
C Unterstützte Variablen
C NIMBUS_TOKEN – API-Token für das Deployment (erforderlich)
C NIMBUS_LOG_LEVEL – error, warn, info oder debug (Standard: info)
C NIMBUS_CACHE_DIR – Verzeichnis für den Build-Cache
C Hinweis
C Speichern Sie NIMBUS_TOKEN niemals in der Projektdatei. Nutzen Sie in CI-Umgebungen die Geheimnisverwaltung Ihres Anbieters.
C .env-Dateien
C Liegt im Projektverzeichnis eine Datei .env, lädt Nimbus sie automatisch beim Start. Bereits gesetzte Variablen werden dabei nicht überschrieben.
B Vorherige Seite
B Projektdatei
B Nächste Seite
B Profile
B War diese Seite hilfreich?
B Ja
B Nein
B Diese Seite auf GitHub bearbeiten
B Zuletzt aktualisiert am 04.03.2024
B Auf dieser Seite
B Namenskonvention
B Unterstützte Variablen
B .env-Dateien
B © 2024 Nimbus-Projekt. Dokumentation unter CC BY 4.0.
""")

# de 031: help center article, extracted
doc("de", "extracted", "documentation", """
B Hilfe-Center › Konto & Sicherheit
C Passwort vergessen – so setzen Sie es zurück
B Zuletzt aktualisiert: vor 3 Monaten
C Wenn Sie Ihr Passwort vergessen haben, können Sie jederzeit ein neues festlegen. Sie benötigen dafür Zugriff auf die E-Mail-Adresse, mit der Ihr Kundenkonto verknüpft ist.
C Schritt 1: Öffnen Sie die Anmeldeseite und klicken Sie unter dem Eingabefeld auf „Passwort vergessen?“.
C Schritt 2: Geben Sie Ihre E-Mail-Adresse ein und bestätigen Sie mit „Link anfordern“.
C Schritt 3: Öffnen Sie die E-Mail, die wir Ihnen geschickt haben, und klicken Sie auf den Link. Der Link ist 30 Minuten gültig.
C Schritt 4: Vergeben Sie ein neues Passwort mit mindestens 10 Zeichen und bestätigen Sie es.
C Keine E-Mail erhalten?
C Prüfen Sie bitte Ihren Spam-Ordner. Bei manchen Anbietern kann die Zustellung einige Minuten dauern. Kommt nach 15 Minuten noch keine Nachricht an, fordern Sie den Link erneut an.
B War dieser Artikel hilfreich?
B 312 von 398 fanden dies hilfreich
B Ähnliche Artikel
B Zwei-Faktor-Authentifizierung aktivieren
B E-Mail-Adresse ändern
B Sie haben noch Fragen? Kontaktieren Sie uns
""")

# de 032: ISP help page, router setup, full page
doc("de", "page", "documentation", """
B Privatkunden
B Geschäftskunden
B Netzcom
B Internet
B Mobilfunk
B TV
B Angebote
B Hilfe
B Mein Netzcom
B Verfügbarkeit prüfen
B Hilfe
B Internet & Telefonie
B Router einrichten
C FRITZ!Box für Ihren Netzcom-Anschluss einrichten
C In dieser Anleitung erfahren Sie, wie Sie eine eigene FRITZ!Box an Ihrem Glasfaser- oder DSL-Anschluss von Netzcom in Betrieb nehmen. Die Einrichtung dauert etwa 15 Minuten.
C Das benötigen Sie
C Ihre persönlichen Zugangsdaten (Schreiben „Ihre Zugangsdaten“)
C Einen Computer oder ein Smartphone mit WLAN
C Das Netzwerkkabel aus dem Lieferumfang des Routers
C 1. Router anschließen
C Verbinden Sie die FRITZ!Box über die Buchse „DSL“ bzw. „WAN“ mit Ihrer Anschlussdose. Schließen Sie anschließend das Netzteil an und warten Sie, bis die Power-LED dauerhaft leuchtet.
C 2. Benutzeroberfläche öffnen
C Öffnen Sie einen Browser und geben Sie fritz.box in die Adresszeile ein. Das Kennwort für die Benutzeroberfläche finden Sie auf der Unterseite des Geräts.
C 3. Zugangsdaten eingeben
C Wählen Sie im Assistenten als Anbieter „Netzcom“ aus und tragen Sie Ihre Zugangsnummer und Ihr persönliches Kennwort ein. Die VLAN-ID 7 wird automatisch gesetzt.
C 4. Telefonie einrichten
C Unter „Telefonie > Eigene Rufnummern“ legen Sie Ihre Rufnummern mit den SIP-Zugangsdaten an, die Sie ebenfalls im Schreiben finden.
C Wichtig: Notieren Sie sich vor dem Zurücksetzen des Routers Ihre Zugangsdaten, da diese dabei gelöscht werden.
B Hat Ihnen diese Anleitung geholfen?
B Ja
B Nein
B Noch Fragen? Unsere Community hilft weiter.
B Zur Community
B Kontakt
B Chat starten
B 0800 33 44 555 (kostenlos)
B Mo–Sa 8–20 Uhr
B Netzcom GmbH
B Impressum
B Datenschutz
B AGB
B Vertrag kündigen
B Cookie-Einstellungen
""")

# de 033: wiki-style how-to for a software project, extracted
doc("de", "extracted", "documentation", """
C Installation unter Windows
B Aus Kartograf-Wiki
B Wechseln zu: Navigation, Suche
C Diese Seite beschreibt die Installation von Kartograf 2.4 unter Windows 10 und 11. Für ältere Windows-Versionen wird keine Unterstützung mehr angeboten.
C Voraussetzungen
C Mindestens 4 GB Arbeitsspeicher, empfohlen werden 8 GB
C Grafikkarte mit OpenGL 3.3
C Etwa 1,5 GB freier Speicherplatz
C Installation mit dem Installer
C Laden Sie den Installer von der Download-Seite herunter und führen Sie ihn als Administrator aus. Der Installer richtet automatisch die nötigen Python-Pakete ein.
C Installation mit winget
C winget install Kartograf.Kartograf
C Bekannte Probleme
C Wenn beim Start die Meldung „Qt platform plugin could not be initialized“ erscheint, fehlt meist das Visual C++ Redistributable. Installieren Sie die aktuelle Version von der Microsoft-Website nach.
B Abgerufen von „https://wiki.kartograf.org/index.php?title=Installation_unter_Windows&oldid=4821“
B Kategorien: Installation | Windows
B Diese Seite wurde zuletzt am 9. Januar 2024 um 10:12 Uhr bearbeitet.
""")

# de 034: town hall service page, ID card
doc("de", "page", "service", """
B Direkt zum Inhalt
B Direkt zur Suche
B Gemeinde Ottobrunn
B Rathaus
B Bürgerservice
B Ortsrecht
B Gemeinderat
B Stellenangebote
B Leben in Ottobrunn
B Bildung & Betreuung
B Wirtschaft
B Aktuelles
B Termin online buchen
B Startseite
B Rathaus
B Bürgerservice
B Personalausweis beantragen
C Personalausweis beantragen
C Deutsche Staatsangehörige ab 16 Jahren müssen einen gültigen Personalausweis oder Reisepass besitzen. Den Antrag stellen Sie persönlich im Bürgerbüro.
C Was Sie mitbringen müssen
C Ihr bisheriger Personalausweis oder Reisepass
C Ein aktuelles biometrisches Passfoto
C Bei Erstantrag: Geburtsurkunde
C Gebühren
C Personen ab 24 Jahren: 37,00 €
C Personen unter 24 Jahren: 22,80 €
C Bearbeitungsdauer
C Die Herstellung dauert in der Regel drei bis vier Wochen. Sie werden per Brief benachrichtigt, sobald Ihr Ausweis abholbereit ist.
C Zuständige Stelle
C Bürgerbüro im Rathaus, Erdgeschoss
C Rathausplatz 1, 85521 Ottobrunn
C Telefon: 089 60808-150
C Montag bis Freitag 8:00–12:00 Uhr, Donnerstag zusätzlich 14:00–18:00 Uhr
B Termin vereinbaren
B Seite drucken
B Seite empfehlen
B Das könnte Sie auch interessieren
B Reisepass beantragen
B Führungszeugnis beantragen
B Wohnsitz anmelden
B Gemeinde Ottobrunn
B Rathausplatz 1
B 85521 Ottobrunn
B Kontakt
B Impressum
B Datenschutz
B Barrierefreiheit
B Leichte Sprache
""")

# de 035: family doctor's practice, full page
doc("de", "page", "service", """
B Hausarztpraxis Dr. med. Claudia Neumann & Kollegen
B Praxis | Team | Leistungen | Sprechzeiten | Online-Termin | Kontakt
B Notfall? Außerhalb der Sprechzeiten erreichen Sie den ärztlichen Bereitschaftsdienst unter 116 117.
C Unsere Leistungen
C Als hausärztliche Praxis sind wir Ihre erste Anlaufstelle bei allen gesundheitlichen Fragen. Wir betreuen Patientinnen und Patienten jeden Alters und arbeiten eng mit Fachärzten und Kliniken in Mainz zusammen.
C Vorsorge und Check-up
C Gesundheits-Check-up ab 35 Jahren, Hautkrebs-Screening und Krebsvorsorge für Männer. Wir beraten Sie gern, welche Untersuchungen für Sie sinnvoll sind.
C Impfungen
C Wir impfen nach den Empfehlungen der Ständigen Impfkommission, einschließlich Grippe-, Pneumokokken-, Gürtelrose- und Reiseimpfungen.
C Chronische Erkrankungen
C Für Patienten mit Diabetes, Asthma, COPD oder koronarer Herzkrankheit bieten wir strukturierte Behandlungsprogramme (DMP) an.
C Weitere Leistungen
C Langzeit-EKG und Langzeit-Blutdruckmessung
C Ultraschall des Bauchraums und der Schilddrüse
C Lungenfunktionsprüfung
C Hausbesuche für immobile Patienten
C Sprechzeiten
C Mo, Di, Do: 8:00–12:00 und 15:00–18:00 Uhr
C Mi, Fr: 8:00–13:00 Uhr
C Praxis Dr. Neumann, Kaiserstraße 41, 55116 Mainz
B Termin online buchen
B Rezept bestellen
B Impressum
B Datenschutz
B © 2024 Hausarztpraxis Dr. Neumann
""")

# de 036: painting company services, extracted
doc("de", "extracted", "service", """
C Malerbetrieb Schuster – Ihr Meisterbetrieb in Würzburg
C Seit 1987 gestalten wir Wohnungen, Häuser und Geschäftsräume in Würzburg und Umgebung. Unser Team aus zwölf Malern und Lackierern arbeitet sauber, pünktlich und zum vereinbarten Festpreis.
C Unsere Leistungen
C Innenanstrich und Tapezierarbeiten
C Fassadenanstrich und Fassadendämmung
C Lackierarbeiten an Fenstern, Türen und Heizkörpern
C Bodenbeläge: Vinyl, Laminat und Teppich
C Schimmelsanierung
C Für Hausverwaltungen übernehmen wir die komplette Renovierung bei Mieterwechsel, auf Wunsch inklusive Kleinreparaturen und Endreinigung.
C Kostenloses Angebot anfordern: Telefon 0931 45 67 80 oder info@maler-schuster.de
B Wir verwenden Cookies, um die Nutzung unserer Website zu analysieren. OK
B Impressum | Datenschutz | Sitemap
""")

# ----------------------------------------------------------------- French --

# fr 001: regional daily, local news, full page
doc("fr", "page", "article", """
B Aller au contenu principal
B Le Courrier de l'Ouest-Atlantique
B S'abonner
B Se connecter
B Édition
B Nantes
B Saint-Nazaire
B La Roche-sur-Yon
B Vannes
B Actualités
B Faits divers
B Politique
B Économie
B Sports
B Loisirs
B Avis de décès
B Avec votre accord, nos partenaires et nous utilisons des cookies ou technologies similaires pour stocker et accéder à des informations personnelles comme votre visite sur ce site.
B Vous pouvez retirer votre consentement ou vous opposer aux traitements basés sur l'intérêt légitime à tout moment en cliquant sur « En savoir plus » ou dans notre politique de confidentialité sur ce site.
B Accepter & Fermer
B Continuer sans accepter
B En savoir plus
B Accueil
B Pays de la Loire
B Nantes
C Nantes : la ligne de tramway vers Rezé ouvrira finalement en 2027
C Annoncée pour 2026, la nouvelle ligne 6 du tramway prendra un an de retard. La métropole invoque des difficultés techniques lors des travaux sur le pont des Trois-Continents.
B Publié le 12/02/2024 à 18h45
B Par Élodie Marchand
B Partager
B Facebook
B X
B Copier le lien
C C'est une annonce qui ne surprendra pas vraiment les riverains du quartier Pirmil. Lors du conseil métropolitain de vendredi, la vice-présidente chargée des mobilités a confirmé que la mise en service de la ligne 6 était repoussée au printemps 2027.
C En cause, le renforcement des piles du pont, plus complexe que prévu. « Les sondages ont révélé un état de corrosion que nous ne pouvions pas anticiper », a expliqué l'élue devant l'assemblée. Le chantier devra être interrompu pendant plusieurs semaines cet été.
C Un surcoût de 18 millions d'euros
C Ce retard a un prix : la facture du projet passe de 265 à 283 millions d'euros. L'opposition a dénoncé « un manque de transparence » et réclamé un audit indépendant. La majorité assure que le budget global des transports ne sera pas affecté.
C Pour les commerçants de la rue Félix-Faure, déjà fragilisés par deux ans de travaux, la nouvelle est difficile à accepter. Une réunion d'information est prévue le 28 février à la mairie annexe de Rezé.
B À lire aussi
B Nantes : le marché de Talensac fermé trois jours pour travaux
B Bus : ce qui change sur le réseau à partir du 4 mars
B Réagir à cet article
B Vous devez être connecté pour commenter.
B Recevez notre newsletter Nantes
B Votre adresse e-mail
B Je m'inscris
B Le Courrier de l'Ouest-Atlantique
B Qui sommes-nous ?
B Nous contacter
B Mentions légales
B Politique de confidentialité
B Gestion des cookies
B CGU
B Télécharger l'application
B Tous droits réservés © 2024
""")

# fr 002: weather alert, extracted with glued leftovers
doc("fr", "extracted", "article", """
C Orages : douze départements placés en vigilance orange ce mercredi
C Météo-France a relevé son niveau d'alerte pour une large partie du Sud-Ouest. Des rafales à plus de 100 km/h et de la grêle sont attendues en fin de journée.
B Par Le Figaro avec AFP
B Publié le 19/06/2024 à 11:02, mis à jour le 19/06/2024 à 12:30
C Les départements concernés sont la Gironde, les Landes, les Pyrénées-Atlantiques, le Lot-et-Garonne, le Gers, la Haute-Garonne, le Tarn-et-Garonne, le Lot, la Dordogne, la Corrèze, le Cantal et l'Aveyron. La vigilance débutera à 16 heures et devrait être levée jeudi matin.
C Les prévisionnistes évoquent des orages « localement violents », avec des cumuls de pluie pouvant atteindre 40 millimètres en moins d'une heure.
B+ PUBLICITÉ
C+ Les autorités recommandent d'éviter les déplacements pendant les épisodes orageux, de ne pas s'abriter sous les arbres et de mettre à l'abri les objets susceptibles d'être emportés par le vent.
B+ À lire aussiCanicule : pourquoi les nuits tropicales se multiplient en France
C À Bordeaux, la préfecture a d'ores et déjà annoncé la fermeture des parcs et jardins publics à partir de 15 heures.
B Vous souhaitez recevoir les alertes météo ? Activez les notifications.
""")

# fr 003: food blog recipe, full page
doc("fr", "page", "article", """
B Passer au contenu
B Les Carnets de Margaux
B Recettes
B Entrées
B Plats
B Desserts
B Pâtisserie
B Index des recettes
B À propos
B Contact
B Rechercher
B Accueil » Desserts » Tarte Tatin aux pommes, la vraie
C Tarte Tatin aux pommes, la vraie
B 5 octobre 2023 par Margaux
B 42 commentaires
B Jump to Recipe
C La tarte Tatin, c'est le dessert de mon enfance. Ma grand-mère la préparait chaque dimanche d'automne avec les pommes du verger. Voici sa recette, que j'ai à peine modifiée : des pommes fondantes, un caramel ambré et une pâte brisée bien croustillante.
C Quelles pommes choisir ?
C Il faut des pommes qui se tiennent à la cuisson. Les meilleures sont la Reine des reinettes, la Boskoop ou la Golden. Évitez les variétés trop farineuses qui se transforment en compote.
C Ingrédients (pour 6 personnes)
C 1,2 kg de pommes
C 120 g de sucre en poudre
C 80 g de beurre demi-sel
C 1 pâte brisée
C Préparation
C Épluchez les pommes, coupez-les en quartiers et retirez le cœur.
C Dans un moule à manqué allant sur le feu, faites fondre le sucre jusqu'à obtenir un caramel blond. Ajoutez le beurre en morceaux hors du feu.
C Disposez les quartiers de pommes bien serrés dans le caramel, face bombée vers le bas. Faites cuire 15 minutes à feu doux.
C Recouvrez avec la pâte en rentrant les bords à l'intérieur du moule, piquez-la et enfournez 30 minutes à 200 °C.
C Laissez tiédir 10 minutes puis retournez la tarte sur un plat de service.
C Mon astuce : servez-la tiède avec une cuillère de crème fraîche épaisse.
B Vous aimerez aussi
B Crumble pommes-poires à la cannelle
B Clafoutis aux cerises de ma grand-mère
B Épinglez cette recette sur Pinterest !
B Laisser un commentaire
B Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *
B Commentaire *
B Nom *
B Adresse e-mail *
B Publier le commentaire
B Mentions légales
B © 2023 Les Carnets de Margaux
""")

# fr 004: economy, fuel prices, extracted
doc("fr", "extracted", "article", """
B ÉCONOMIE
C Carburants : les prix repartent à la hausse à l'approche des vacances
C Le gazole a pris près de 6 centimes en trois semaines. Les automobilistes qui partent en congés paieront leur plein plus cher que l'an dernier.
B Lecture : 3 min.
C Selon les derniers relevés publiés lundi par le ministère de la Transition énergétique, le litre de gazole s'affichait en moyenne à 1,79 euro la semaine dernière, contre 1,73 euro début juin. Le sans-plomb 95-E10 atteint quant à lui 1,86 euro.
C Cette hausse s'explique principalement par la remontée des cours du pétrole brut, qui ont dépassé les 85 dollars le baril, et par la demande saisonnière liée aux départs en vacances.
C Des écarts importants selon les stations
C Comme chaque été, les prix varient fortement d'une station à l'autre. Sur les autoroutes, le litre de gazole dépasse régulièrement les 2 euros, tandis que les stations des grandes surfaces restent souvent 15 à 20 centimes moins chères.
C Pour comparer les tarifs, le site officiel prix-carburants.gouv.fr recense les prix pratiqués par plus de 10 000 stations-service en temps réel.
B+ Lire aussi :Vacances d'été : les bouchons à éviter ce week-end
B Cet article vous a-t-il été utile ? Oui Non
B Suivez toute l'actualité économique sur notre application.
""")

# fr 005: rugby match report, full page
doc("fr", "page", "article", """
B Menu
B Rechercher
B Rugby Plus
B Top 14
B Pro D2
B XV de France
B Champions Cup
B Résultats
B Classements
B Transferts
B Vidéos
B Mon compte
B Top 14
B 17e journée
C Toulouse s'impose à La Rochelle au bout du suspense (21-19)
C Menés à la pause, les Toulousains ont renversé la situation grâce à une pénalité de Thomas Ramos à deux minutes de la fin. Une victoire précieuse dans la course aux demi-finales.
B Par Julien Castex
B Le 17/02/2024 à 23h12
B Mis à jour le 18/02/2024 à 08h30
C Le stade Marcel-Deflandre était plein à craquer pour ce choc entre les deux derniers champions d'Europe. Et la première période a tourné à l'avantage des Maritimes, portés par un pack dominateur en mêlée. Un essai de Grégory Alldritt à la 27e minute permettait à La Rochelle de virer en tête (13-6).
C Au retour des vestiaires, Toulouse a resserré sa défense et profité de l'indiscipline rochelaise. Juan Cruz Mallia a inscrit le seul essai toulousain à l'heure de jeu après un superbe mouvement lancé depuis les 22 mètres.
C « On savait qu'il faudrait souffrir, mais ce groupe ne lâche jamais », a réagi l'entraîneur Ugo Mola au micro de Canal+.
C La fiche du match
C La Rochelle – Toulouse : 19-21 (13-6)
C Essais : Alldritt (27e) pour La Rochelle ; Mallia (61e) pour Toulouse
C Arbitre : Mathieu Raynal
C Spectateurs : 16 000
B Partager sur Facebook
B Partager sur X
B Sur le même sujet
B Pro D2 : Vannes enchaîne une sixième victoire
B XV de France : la composition face à l'Italie dévoilée
B Classement du Top 14
B Les paris sportifs comportent des risques : endettement, isolement, dépendance. Pour être aidé, appelez le 09 74 75 13 13 (appel non surtaxé).
B Rugby Plus
B Contact
B Mentions légales
B Politique de confidentialité
B Paramètres des cookies
B Publicité
""")

# fr 006: film review, extracted
doc("fr", "extracted", "article", """
C « Les Heures claires » : un premier film lumineux sur la fin de l'enfance
C Pour son premier long-métrage, la réalisatrice Inès Morel suit un été dans la vie de deux sœurs, dans un village de la Drôme. Un film d'une grande délicatesse.
B Par Antoine Ferrand
B Publié le 6 mars 2024 à 17h00
B Temps de lecture : 2 min
C Juillet 1998. Clara, douze ans, et sa sœur Lou, seize ans, passent leurs vacances chez leur grand-père, un apiculteur taciturne. Tandis que la France vibre pour la Coupe du monde, Lou s'éloigne peu à peu, attirée par un garçon du village et par une liberté que sa cadette ne comprend pas encore.
C Inès Morel filme ce lent éloignement avec une justesse remarquable. La lumière de fin d'après-midi, les champs de lavande, le bourdonnement des ruches : tout concourt à créer une atmosphère à la fois douce et mélancolique.
B+ Publicité
C+ Les deux jeunes actrices, Jeanne Roux et Alma Petit, sont épatantes de naturel. Dans le rôle du grand-père, Jacques Bonnaffé apporte une gravité touchante.
C On regrettera une dernière partie un peu appuyée, mais le film laisse une trace durable.
C Drame français d'Inès Morel, avec Jeanne Roux, Alma Petit, Jacques Bonnaffé. Durée : 1 h 42. En salles le 13 mars.
C Notre avis : 4/5
B Retrouvez toutes nos critiques dans la rubrique Cinéma.
""")

# fr 007: DIY forum thread, full page
doc("fr", "page", "forum", """
B Bricoleurs.net
B Forum
B Guides
B Devis travaux
B Annuaire des artisans
B Connexion
B Inscription
B Forum
B Plomberie
B Fuites et dégâts des eaux
C Fuite sous l'évier au niveau du siphon, que faire ?
B Sujet résolu
N dominique_44
N Posté le 03/11/2023 à 10:14
C Bonjour à tous,
C depuis quelques jours j'ai une petite flaque d'eau dans le meuble sous l'évier de la cuisine. En regardant de plus près, ça goutte au niveau de l'écrou qui relie le siphon à la bonde. J'ai déjà resserré à la main mais ça continue. Est-ce qu'il faut changer tout le siphon ?
C Merci d'avance pour vos conseils.
B Répondre
B Signaler
N plombier_retraite
N Posté le 03/11/2023 à 11:02
C Bonjour, pas besoin de tout changer dans un premier temps. Dévissez l'écrou, vérifiez le joint conique à l'intérieur : s'il est écrasé ou fendu, c'est lui le coupable. Ça coûte moins de 2 euros en magasin de bricolage.
C Pensez à mettre une bassine dessous avant de démonter, le siphon est toujours plein d'eau.
B Répondre
B Signaler
N dominique_44
N Posté le 04/11/2023 à 18:37
C Effectivement le joint était tout déformé. Je l'ai remplacé et plus aucune fuite. Merci beaucoup !
B Répondre
B Signaler
B Sujets similaires
B Robinet de cuisine qui goutte même fermé
B Odeur d'égout dans la salle de bain
B Pour répondre à ce sujet, vous devez être connecté.
B Règles du forum
B Mentions légales
B Données personnelles
B Nous contacter
B © 2023 Bricoleurs.net – Tous droits réservés
""")

# fr 008: computer help forum, extracted
doc("fr", "extracted", "forum", """
C PC qui ne démarre plus après mise à jour du BIOS
B Posté le 22 janvier 2024 à 21:47
C Bonsoir, j'ai voulu mettre à jour le BIOS de ma carte mère (MSI B550) avec l'outil M-Flash. La mise à jour est allée jusqu'au bout, le PC a redémarré et depuis plus rien : les ventilateurs tournent mais écran noir, pas de bip. Est-ce que j'ai brické ma carte mère ?
B Répondre · Citer
B Posté le 22 janvier 2024 à 22:05
C Pas forcément. Après une mise à jour du BIOS, le premier démarrage peut prendre plusieurs minutes, le temps que la mémoire soit entraînée. Laisse-le allumé au moins cinq minutes sans toucher à rien.
C Si ça ne suffit pas, fais un Clear CMOS : retire la pile pendant une minute, alimentation débranchée.
B Répondre · Citer
B Posté le 23 janvier 2024 à 08:12
C C'était ça ! Il a fallu presque quatre minutes, puis il a redémarré tout seul et l'écran s'est allumé. Merci, j'ai eu une belle frayeur.
B Répondre · Citer
""")

# fr 009: e-commerce, cordless stick vacuum, full page
doc("fr", "page", "product", """
B Livraison offerte dès 49 € d'achat
B Retrait en magasin en 1 h
B ÉlectroMaison
B Tous les rayons
B Gros électroménager
B Lave-linge
B Sèche-linge
B Réfrigérateurs
B Fours
B Petit électroménager
B Aspirateurs
B Robots cuiseurs
B Machines à café
B Fers à repasser
B Électroménager
B Image et son
B Informatique
B Téléphonie
B Maison
B Bons plans
B Rechercher un produit, une marque...
B Mon compte
B Panier
B Accueil
B Électroménager
B Aspirateurs
B Aspirateurs balais
C Aspirateur balai sans fil Turbo Slim 400 – Autonomie 60 min
B Réf. : 8844120
B 4,3/5 (212 avis)
C! 249,99 € au lieu de 299,99 €
B Soit 50 € d'économie
B Payez en 3x ou 4x sans frais
B Ajouter au panier
B Livraison à domicile : gratuite, sous 48 h
B Retrait en magasin : disponible à Lille Centre
C Description
C Léger et maniable, le Turbo Slim 400 vient à bout de la poussière sur tous les types de sols. Sa brosse motorisée anti-enchevêtrement empêche les cheveux et poils d'animaux de s'enrouler autour du rouleau. En un clic, il se transforme en aspirateur à main pour le canapé ou la voiture.
C Le filtre lavable et le bac de 0,6 litre se vident sans contact avec la poussière.
C Caractéristiques
C Autonomie : jusqu'à 60 minutes
C Temps de charge : 3 h 30
C Capacité du réservoir : 0,6 L
C Poids : 2,4 kg
C Niveau sonore : 79 dB
C Garantie : 2 ans
B Les clients ont aussi consulté
B Batterie supplémentaire Turbo Slim
B 59,99 €
B Support mural de rangement
B 19,99 €
B Services ÉlectroMaison
B Extension de garantie
B Reprise de votre ancien appareil
B Aide et contact
B Nos magasins
B Carte de fidélité
B Offres de financement
B Recrutement
B Espace presse
B Suivre ma commande
B Retours et remboursements
B CGV
B Mentions légales
B Cookies
B ÉlectroMaison SAS – RCS Lille 123 456 789
""")

# fr 010: wine shop, extracted product
doc("fr", "extracted", "product", """
C Château Les Grandes Vignes 2019 – AOP Saint-Émilion Grand Cru
C Rouge · 75 cl · 14 % vol.
C! 32,50 € la bouteille
B Ajouter au panier
C Un Saint-Émilion ample et généreux, issu de vieilles vignes de merlot et de cabernet franc sur un terroir argilo-calcaire. L'élevage de 16 mois en fûts de chêne lui apporte une belle structure sans masquer le fruit.
C Notes de dégustation
C Robe grenat profond. Nez de cerise noire, de cassis et de notes toastées. Bouche ronde, tanins fondus, finale longue et épicée.
C Accords mets et vin : magret de canard, agneau de sept heures, fromages affinés.
C Servir entre 16 et 17 °C. À boire dès maintenant ou à garder jusqu'en 2030.
B L'abus d'alcool est dangereux pour la santé, à consommer avec modération.
B Livraison offerte dès 12 bouteilles
""")

# fr 011: tea shop, cast-iron teapot, full page
doc("fr", "page", "product", """
B Maison du Thé Lumière
B Boutique
B Panier (0)
B Accessoires > Théières
C Théière en fonte Kyūsu Nami – 0,8 L
C! Prix : 69,00 € TTC
B Couleur
C Bleu nuit
B Quantité
B Ajouter au panier
B Livraison en 2 à 4 jours ouvrés
C Fabriquée au Japon selon une méthode traditionnelle, cette théière en fonte conserve la chaleur longtemps et diffuse une chaleur homogène pendant l'infusion. Son intérieur émaillé empêche la rouille et n'altère pas le goût du thé.
C Elle est livrée avec un filtre amovible en inox, idéal pour les thés en vrac.
C Contenance : 0,8 litre, soit 3 à 4 tasses
C Dimensions : 15 × 13 × 12 cm
C Entretien : rincer à l'eau chaude, sans savon, et sécher immédiatement
C Attention : ne convient pas aux plaques à induction ni au lave-vaisselle.
B Vous aimerez aussi
B Tasses en fonte Nami (lot de 2)
B Thé vert Sencha Ashikubo
B Inscrivez-vous à notre newsletter et recevez 10 % de réduction sur votre première commande.
B S'inscrire
B Mentions légales · CGV · Suivez-nous sur Instagram
""")

# fr 012: running shoes category page, full page
doc("fr", "page", "collection", """
B Sport Évasion
B Femme
B Homme
B Enfant
B Running
B Trail
B Randonnée
B Vélo
B Marques
B Promos
B Magasins
B Nous utilisons des cookies pour améliorer votre expérience, analyser le trafic et vous proposer des offres personnalisées. En cliquant sur « Tout accepter », vous consentez à leur utilisation.
B Tout accepter
B Tout refuser
B Personnaliser
B Accueil
B Femme
B Running
C Chaussures de running femme
C Que vous prépariez votre premier 10 km ou un marathon, trouvez la chaussure adaptée à votre foulée : amorti maximal, dynamisme ou stabilité.
B 86 produits
B Trier par : Meilleures ventes
B Filtrer
C Glide Max 3 – Femme
C! 139,99 € · Amorti maximal
C Swift Racer 2 – Femme
C 119,00 €
C Pace Control – Femme
C! 89,99 € au lieu de 109,99 €
C Terra Run GTX – Femme
C 149,00 €
C Daily Flow – Femme
C 69,99 € · Nouveauté
B Charger plus de produits
B Comment choisir ses chaussures de running ?
B Notre guide pour analyser votre foulée en magasin
B Aide
B Livraison
B Retours gratuits sous 30 jours
B Carte de fidélité
B Recrutement
B Mentions légales
B Données personnelles
""")

# fr 013: soup recipes collection, extracted
doc("fr", "extracted", "collection", """
C Nos meilleures recettes de soupes pour l'hiver
C Velouté, potage ou soupe-repas : voici 20 recettes réconfortantes pour se réchauffer quand il fait froid.
B Par la rédaction | Mis à jour le 15 novembre 2023
C Velouté de potimarron et châtaignes
C Une soupe douce et onctueuse, prête en 35 minutes.
C Soupe à l'oignon gratinée
C Le grand classique des bistrots parisiens, avec son croûton au comté.
C Minestrone aux légumes d'hiver
C Poireaux, carottes, haricots blancs et petites pâtes : un plat complet.
C Soupe thaïe au lait de coco et crevettes
C Citronnelle, gingembre et coriandre pour une touche exotique.
B+ Publicité
C Potage Crécy à la carotte et au cumin
B Voir les 15 recettes suivantes
B Découvrez aussi : nos recettes de gratins
""")

# fr 014: real estate listings in Lyon, full page
doc("fr", "page", "listing", """
B ImmoRhône
B Acheter
B Louer
B Neuf
B Estimer
B Agences
B Déposer une annonce
B Mon espace
B Accueil > Location > Rhône > Lyon
C Location appartement Lyon : 342 annonces
B Créer une alerte
B Trier : Plus récentes
C Appartement 2 pièces 45 m² – Lyon 7e
C! 890 € / mois charges comprises
C Proche métro Jean Macé, au 3e étage avec ascenseur, séjour lumineux, cuisine équipée, chambre avec placard. Disponible le 1er avril.
B Voir l'annonce
B Ajouter aux favoris
C Studio meublé 28 m² – Lyon 1er, Pentes de la Croix-Rousse
C! 650 € / mois charges comprises
C Idéal étudiant, poutres apparentes, vue dégagée sur les toits. Honoraires : 364 €.
B Voir l'annonce
B Ajouter aux favoris
C Appartement 3 pièces 68 m² – Villeurbanne, Gratte-Ciel
C! 1 120 € / mois charges comprises
C Balcon, parking en sous-sol, double vitrage, DPE C.
B Voir l'annonce
B Ajouter aux favoris
B Annonce sponsorisée
B Faites estimer votre bien gratuitement en 2 minutes
B Page suivante
B Prix moyen des loyers à Lyon
B Location par arrondissement : Lyon 3e · Lyon 6e · Lyon 8e · Lyon 9e
B Qui sommes-nous
B Conditions générales
B Mentions légales
B Politique cookies
B © ImmoRhône 2024
""")

# fr 015: job offers, extracted listing
doc("fr", "extracted", "listing", """
C Offres d'emploi – Bordeaux Métropole
C 3 offres correspondent à votre recherche « comptable »
C Comptable fournisseurs H/F
C Groupe Maisons d'Aquitaine – Mérignac (33)
C CDI · Temps plein · 32 000 – 36 000 € brut/an
C Vous assurez la saisie et le contrôle des factures fournisseurs, le suivi des règlements et participez aux clôtures mensuelles.
B Publiée il y a 3 jours
C Assistant(e) comptable en cabinet
C Cabinet Roux & Associés – Bordeaux Chartrons
C CDD 6 mois · Temps plein
B Publiée il y a 1 semaine
C Comptable unique H/F
C Association Les Jardins de Garonne – Bègles (33)
C CDI · 28 h par semaine
B+ Postuler en un clic avec votre profil
B Recevez les nouvelles offres par e-mail
""")

# fr 016: software documentation, full page
doc("fr", "page", "documentation", """
B Aller au contenu
B Documentation Pagilo
B Version 5.1
B Rechercher
B Français
B Guide de démarrage
B Installation
B Premier site
B Thèmes
B Extensions
B Administration
B Utilisateurs et rôles
B Sauvegardes
B Sécurité
B API REST
B Accueil de la documentation
B Administration
B Sauvegardes
C Sauvegarder et restaurer un site
C Pagilo propose un outil intégré pour sauvegarder la base de données et les fichiers téléversés. Nous recommandons d'effectuer au minimum une sauvegarde complète par semaine.
C Créer une sauvegarde depuis l'interface
C Dans le tableau de bord, ouvrez Outils > Sauvegardes.
C Cliquez sur « Nouvelle sauvegarde » et choisissez le type : base de données seule ou complète.
C Téléchargez l'archive générée ou conservez-la sur le serveur.
C Créer une sauvegarde en ligne de commande
C Sur un serveur, la commande suivante crée une archive complète dans le dossier backups/ :
C pagilo backup --full --output backups/
C Restaurer une sauvegarde
C La restauration remplace l'intégralité du contenu actuel. Vérifiez que l'archive correspond bien à la même version de Pagilo avant de lancer la commande :
C pagilo restore backups/site-2024-03-01.tar.gz
C Remarque : les sauvegardes ne contiennent pas le fichier config.php, qui doit être conservé séparément.
B Cette page vous a-t-elle été utile ?
B Oui
B Non
B Modifier cette page
B Précédent : Utilisateurs et rôles
B Suivant : Sécurité
B Sur cette page
B Créer une sauvegarde depuis l'interface
B Créer une sauvegarde en ligne de commande
B Restaurer une sauvegarde
B Documentation publiée sous licence CC BY-SA 4.0
""")

# fr 017: help center, cancel subscription, extracted
doc("fr", "extracted", "documentation", """
B Centre d'aide › Mon abonnement
C Comment résilier mon abonnement ?
C Vous pouvez résilier votre abonnement à tout moment depuis votre espace client, sans frais. La résiliation prend effet à la fin de la période de facturation en cours.
C Depuis le site web
C 1. Connectez-vous à votre espace client.
C 2. Rendez-vous dans la rubrique « Mon abonnement ».
C 3. Cliquez sur « Résilier mon abonnement » en bas de page et confirmez.
C Vous recevrez un e-mail de confirmation dans les minutes qui suivent.
C Depuis l'application mobile
C Si vous vous êtes abonné via l'App Store ou Google Play, la résiliation doit être effectuée depuis les réglages de votre téléphone, dans la gestion des abonnements.
B Cet article a-t-il répondu à votre question ?
B Articles associés : Modifier mes coordonnées bancaires · Changer de formule
B Besoin d'aide ? Contactez notre service client
""")

# fr 018: town hall service page, electoral register
doc("fr", "page", "service", """
B Aller au contenu
B Aller au menu
B Ville de Saint-Herblain
B Ma ville
B Démarches
B Solidarités
B Éducation
B Culture et sport
B Environnement
B Agenda
B Contact
B Rechercher sur le site
B Accueil
B Démarches
B Citoyenneté
C S'inscrire sur les listes électorales
C Pour voter, vous devez être inscrit sur les listes électorales de votre commune. L'inscription est automatique pour les jeunes de 18 ans recensés et pour les personnes ayant obtenu la nationalité française.
C Dans les autres cas, par exemple après un déménagement, vous devez faire la démarche vous-même.
C Comment s'inscrire ?
C En ligne, sur le site service-public.fr, avec un justificatif d'identité et un justificatif de domicile numérisés.
C À l'accueil de la mairie, muni du formulaire Cerfa n° 12669 et des pièces justificatives.
C Date limite
C Pour les élections européennes du 9 juin 2024, l'inscription est possible jusqu'au 1er mai 2024 en ligne et jusqu'au 3 mai 2024 en mairie.
C Service Population – Élections
C 2 rue de l'Hôtel de Ville
C Du lundi au vendredi de 8h30 à 12h30 et de 13h30 à 17h30
C Tél. : 02 28 25 20 00
B Partager cette page
B Imprimer
B Démarches liées
B Demander une carte d'identité
B Recensement citoyen
B Ville de Saint-Herblain
B Plan du site
B Accessibilité
B Mentions légales
B Données personnelles
""")

# ---------------------------------------------------------------- Spanish --

# es 001: regional newspaper, drought restrictions, full page
doc("es", "page", "article", """
B Saltar al contenido
B Diario del Mediterráneo
B Suscríbete
B Iniciar sesión
B Portada
B Barcelona
B Cataluña
B España
B Internacional
B Economía
B Deportes
B Cultura
B Opinión
B Última hora
B Utilizamos cookies propias y de terceros para mejorar nuestros servicios, elaborar información estadística y mostrarle publicidad relacionada con sus preferencias mediante el análisis de sus hábitos de navegación.
B Si continúa navegando, consideramos que acepta su uso. Puede obtener más información en nuestra política de cookies.
B Aceptar
B Configurar
B Rechazar
B Cataluña
B Sequía
C La Generalitat endurece las restricciones de agua en 202 municipios
C El consumo por habitante no podrá superar los 200 litros diarios. Los ayuntamientos que incumplan los límites se exponen a multas de hasta 150.000 euros.
B Laura Puig
B Barcelona
B Actualizado: 01/02/2024 - 13:27h
B Compartir en Facebook
B Compartir en X
B Compartir en WhatsApp
B Enviar por correo
C El Govern ha decretado este jueves la entrada en la fase de emergencia por sequía en el área metropolitana de Barcelona y en buena parte de Girona. La medida afecta a unos seis millones de personas y llega después de 40 meses con lluvias muy por debajo de lo habitual.
C A partir de ahora queda prohibido regar jardines y zonas verdes, salvo los árboles, y llenar piscinas privadas. Los municipios deberán reducir además la presión del agua durante la noche para limitar las pérdidas en la red.
C Las industrias tendrán que recortar su consumo un 25 % y el sector agrícola un 80 %, una cifra que las organizaciones de regantes califican de «inasumible».
C Los embalses, al 16 %
C Los embalses de las cuencas internas de Cataluña se encuentran al 16 % de su capacidad, el nivel más bajo desde que hay registros. La desalinizadora de El Prat funciona ya a pleno rendimiento y el Govern estudia traer agua en barco desde Valencia si la situación no mejora en primavera.
C «Estamos ante la peor sequía del último siglo», ha afirmado el conseller de Acción Climática en rueda de prensa.
B Te puede interesar
B ¿Puedo llenar mi piscina este verano? Esto dice la normativa
B Los agricultores del Empordà protestan en Girona
B Mapa: el estado de los embalses de Cataluña día a día
B Comentarios
B Normas de participación
B Secciones
B Barcelona
B Girona
B Tarragona
B Lleida
B Economía
B Deportes
B Servicios
B Hemeroteca
B Esquelas
B Farmacias de guardia
B El tiempo
B Loterías
B Suscripciones
B Diario del Mediterráneo
B Quiénes somos
B Contacto
B Aviso legal
B Política de privacidad
B Política de cookies
B Publicidad
B © Ediciones del Mediterráneo S.L.
""")

# es 002: football report, extracted with glued leftovers
doc("es", "extracted", "article", """
C El Betis remonta ante el Celta y se acerca a puestos europeos (2-1)
C Un doblete de Ayoze Pérez en la segunda parte dio la vuelta a un partido que el equipo de Pellegrini tenía muy cuesta arriba al descanso.
B Sergio Montes
B Sevilla, 10 mar 2024 - 23:05 CET
C El Celta se adelantó en el minuto 18 con un cabezazo de Iago Aspas tras un córner mal defendido. El Benito Villamarín enmudeció y el Betis, espeso en la creación, apenas inquietó a Guaita en toda la primera mitad.
C Tras el paso por vestuarios, Pellegrini dio entrada a Isco y el partido cambió por completo.
B+ Publicidad
C+ El malagueño se hizo con el balón y, en el 58, filtró un pase que Ayoze convirtió en el empate. Diez minutos después, el delantero canario firmó el 2-1 con un disparo cruzado desde la frontal.
C Con esta victoria, el Betis suma 42 puntos y se coloca a tres del sexto puesto.
B+ Lee también:Clasificación de LaLiga EA Sports tras la jornada 28
B Síguenos en Instagram y TikTok para no perderte nada.
""")

# es 003: travel blog, full page
doc("es", "page", "article", """
B Mochila y Mapa
B Inicio
B Destinos
B España
B Europa
B América
B Asia
B Consejos de viaje
B Seguro de viaje
B Sobre nosotros
B Inicio » España » Andalucía » Cádiz
C Qué ver en Cádiz en dos días: itinerario completo
B Última actualización: 14 de abril de 2023
B Este artículo contiene enlaces de afiliado. Si reservas a través de ellos, recibimos una pequeña comisión sin coste extra para ti.
C Cádiz es una de las ciudades más antiguas de Europa occidental y, para nosotros, una de las más bonitas de Andalucía. Rodeada de mar casi por completo, se recorre fácilmente a pie y tiene un ambiente tranquilo que invita a quedarse.
C Día 1: el casco antiguo
C Empezamos la mañana en la Catedral, con su cúpula dorada que se ve desde casi cualquier punto de la ciudad. Merece la pena subir a la Torre de Poniente para ver los tejados y las azoteas blancas.
C Después, paseamos por el barrio del Pópulo, el más antiguo de la ciudad, y comimos tortillitas de camarones en el Mercado Central.
C Día 2: playas y atardecer
C Dedicamos el segundo día a la playa de La Caleta, pequeña y encajada entre dos castillos. Por la tarde caminamos hasta el Castillo de San Sebastián para ver el atardecer, que es espectacular.
C Consejos prácticos
C Cómo llegar: en tren desde Sevilla en 1 h 45 min
C Dónde dormir: en el casco antiguo, para hacerlo todo a pie
C Mejor época: primavera y otoño, en verano hay mucha gente
B ¿Buscas alojamiento en Cádiz? Compara precios aquí
B Te puede interesar
B Qué ver en Jerez de la Frontera
B Ruta por los pueblos blancos de Cádiz
B Deja un comentario
B Nombre
B Correo electrónico
B Publicar comentario
B Aviso legal
B Política de privacidad
B © 2023 Mochila y Mapa
""")

# es 004: consumer advice on electricity bill, extracted
doc("es", "extracted", "article", """
B Economía doméstica
C Cinco trucos para pagar menos en la factura de la luz este invierno
C Con la llegada del frío, el consumo eléctrico de los hogares se dispara. Estos cambios sencillos pueden suponer un ahorro de hasta 300 euros al año.
B Por Redacción · 3 minutos de lectura
C 1. Revisa la potencia contratada
C Muchos hogares tienen contratada más potencia de la que necesitan. Bajar de 5,75 kW a 4,6 kW puede ahorrar unos 60 euros anuales sin notar diferencia, salvo que se usen varios electrodomésticos a la vez.
C 2. Aprovecha las horas valle
C Si tienes tarifa regulada o con discriminación horaria, pon la lavadora y el lavavajillas a partir de las 24:00 o durante el fin de semana, cuando la electricidad es más barata.
C 3. Cuidado con los radiadores eléctricos
C Un radiador de aceite de 2.000 W encendido cuatro horas al día puede costar más de 40 euros al mes. Una bomba de calor es hasta tres veces más eficiente.
B+ Publicidad
C+ 4. Apaga el modo en espera
C Televisores, descodificadores, consolas y cargadores siguen consumiendo aunque no los usemos. Una regleta con interruptor permite apagarlo todo de una vez y puede suponer un ahorro de entre 30 y 50 euros al año.
C 5. Compara ofertas en el comparador de la CNMC
C La Comisión Nacional de los Mercados y la Competencia dispone de un comparador gratuito y oficial. Basta con introducir el código postal, la potencia contratada y el consumo anual, que aparece en cualquier factura, para ver qué ofertas encajan mejor con tu perfil.
C ¿Y el bono social?
C Los hogares con ingresos bajos, las familias numerosas y los pensionistas con la pensión mínima pueden solicitar el bono social, que ofrece descuentos de entre el 65 % y el 80 % en la factura. La solicitud se hace a través de una comercializadora de referencia.
B+ Lee también:¿Merece la pena instalar placas solares en un piso?
B Sigue toda la información de economía en nuestro canal de WhatsApp.
B Archivado en: Luz · Ahorro · Consumo
""")

# es 005: science / health news, full page
doc("es", "page", "article", """
B Ir al contenido
B Ciencia Hoy
B Salud
B Medio ambiente
B Espacio
B Tecnología
B Entrevistas
B Boletín
B Buscar
B Salud
C Caminar 7.000 pasos al día reduce el riesgo de muerte prematura, según un amplio estudio
C Investigadores españoles y australianos han analizado datos de más de 160.000 adultos. El beneficio se observa ya a partir de los 4.000 pasos.
B Marta Gil
B 22 de agosto de 2023 · 10:00
B Tiempo de lectura: 4 minutos
C La famosa cifra de los 10.000 pasos diarios no tiene una base científica sólida. Así lo recuerda un nuevo metaanálisis publicado en una revista médica internacional, que concluye que caminar unos 7.000 pasos al día ya se asocia con una reducción del 47 % del riesgo de muerte por cualquier causa.
C El estudio, coordinado por la Universidad de Granada, revisó 57 investigaciones realizadas en varios continentes. Los autores observaron que el beneficio aumenta de forma progresiva hasta los 8.000 o 9.000 pasos y después se estabiliza.
C Más allá del número
C «Lo importante es moverse más que el día anterior», explica el investigador principal. «Para una persona sedentaria, pasar de 2.000 a 4.000 pasos ya supone una mejora notable».
C Los autores advierten de que se trata de un estudio observacional, por lo que no permite establecer una relación causal directa.
B Referencia: Banach M. et al. European Journal of Preventive Cardiology, 2023.
B Comparte
B Noticias relacionadas
B ¿Es mejor caminar por la mañana o por la tarde?
B El sedentarismo infantil se duplica en una década
B Suscríbete a nuestro boletín semanal
B Escribe tu correo
B Suscribirme
B Quiénes somos
B Contacto
B Aviso legal
B Licencia CC BY 4.0
""")

# es 006: interview with a writer, extracted
doc("es", "extracted", "article", """
C Elena Castillo: «Escribo sobre los pueblos porque nadie los mira»
C La autora asturiana publica «El invierno de las abejas», su tercera novela, ambientada en una aldea que se queda sin vecinos.
B Entrevista de Pablo Ruiz | Fotografía: Ana Lozano
B 7 de febrero de 2024
C ¿De dónde nace esta novela?
C De una imagen muy concreta: la última vecina de una aldea de Somiedo que seguía cuidando las colmenas de su marido muerto. La vi hace años y nunca se me fue de la cabeza.
C La España vacía es casi un género literario. ¿No teme repetirse?
C Me molesta un poco esa etiqueta. No escribo sobre un concepto, escribo sobre personas concretas, con nombre y con manías. Lo que me interesa es qué hace alguien cuando se queda solo en un lugar que antes estaba lleno.
B+ PUBLICIDAD
C+ ¿Cómo es su rutina de escritura?
C Escribo por las mañanas, de ocho a doce, y por la tarde camino. Muchas escenas se me ocurren andando por el monte.
C «El invierno de las abejas» (Editorial Candil) llega a las librerías el 15 de febrero.
B ¿Te ha gustado esta entrevista? Suscríbete a nuestra newsletter de libros.
""")

# es 007: motorbike forum thread, full page
doc("es", "page", "forum", """
B ForoMoteros.es
B Foros
B Novedades
B Buscar
B Miembros
B Iniciar sesión
B Registrarse
B Inicio
B Foros
B Mecánica y mantenimiento
B Scooters
C La moto no arranca en frío, solo con el motor de arranque dando vueltas
N kiko_valencia
N 12 Dic 2023
N #1
C Buenas a todos. Tengo una Honda PCX 125 del 2019 con 23.000 km. Desde que ha empezado a hacer frío por las mañanas no hay manera de arrancarla: el motor de arranque gira bien pero no llega a prender. Por la tarde arranca a la primera. La batería es nueva, de hace dos meses.
C ¿Alguna idea de qué puede ser?
B Responder
B Me gusta
N Pistonazo
N 12 Dic 2023
N #2
C Yo miraría la bujía, con esos kilómetros puede estar ya gastada. Es un cambio de diez minutos y cuesta unos 8 euros.
N MotoRuben
N 12 Dic 2023
N #3
C Además de la bujía, limpia el cuerpo de inyección. En las PCX se ensucia bastante y en frío da justo esos síntomas.
N kiko_valencia
N 16 Dic 2023
N #4
C Cambiada la bujía y limpiado el cuerpo de inyección con un spray. Esta mañana con 3 grados ha arrancado a la primera. ¡Gracias a los dos!
B Responder
B Me gusta
B Debes iniciar sesión o registrarte para responder aquí.
B Temas similares
B Ruido en la correa de la PCX al acelerar
B ¿Cada cuánto cambiar el aceite de un scooter 125?
B Contacto
B Normas
B Política de privacidad
B Ayuda
B Inicio
B RSS
B Software de foro por XenForo® © 2010-2023
""")

# es 008: pet forum thread, extracted
doc("es", "extracted", "forum", """
C Mi gato no quiere comer el pienso nuevo
B Tema: Alimentación · Respuestas: 3
C Hola, el veterinario me ha recomendado cambiar a mi gato (8 años, castrado) a un pienso para control de peso, pero no lo toca. Lleva dos días comiendo solo un poco de húmedo. ¿Es normal? ¿Cuánto tiempo puede estar sin comer?
B Responder | Citar
C No lo cambies de golpe. Mezcla el pienso viejo con el nuevo durante una o dos semanas, empezando con un 75 % del antiguo. Los gatos son muy desconfiados con la comida.
C Y ojo, un gato no debe estar más de 48 horas sin comer casi nada, porque puede tener problemas de hígado. Si sigue así, vuelve al veterinario.
B Responder | Citar
C Gracias, he vuelto a mezclarlos como decís y ya está comiendo. Iré cambiando la proporción poco a poco.
B Responder | Citar
""")

# es 009: mattress product page, full page
doc("es", "page", "product", """
B Envío gratis en 48-72 h
B 100 noches de prueba
B DescansoPlus
B Colchones
B Almohadas
B Canapés y bases
B Ropa de cama
B Ofertas
B Tiendas
B Ayuda
B Mi cuenta
B Carrito
B Inicio / Colchones / Viscoelásticos
C Colchón viscoelástico Nube Confort 150 × 190 cm
B 4,6 de 5 estrellas (1.318 opiniones)
C! Precio: 399 € (antes 549 €)
B IVA incluido
B Financiación en 12 meses sin intereses
B Elige tu medida
B 90 × 190
B 135 × 190
B 150 × 190
B 160 × 200
B Añadir al carrito
B Pagar con Bizum, tarjeta o PayPal
C Descripción
C El Nube Confort combina una capa de 4 cm de viscoelástica de alta densidad con un núcleo de espuma HR que se adapta al cuerpo y reparte el peso de forma uniforme. Es un colchón de firmeza media, pensado para quienes duermen de lado o boca arriba.
C El tejido exterior, con tratamiento antiácaros, se puede desenfundar y lavar a 30 °C.
C Características
C Altura: 25 cm
C Firmeza: media (6/10)
C Tejido: Strech con tratamiento Aloe Vera
C Garantía: 10 años
C Fabricado en España
B Preguntas frecuentes
B ¿Cuánto tarda en recuperar su forma tras desenrollarlo?
B ¿Puedo devolverlo si no me convence?
B Productos relacionados
B Almohada viscoelástica Nube
B Protector de colchón impermeable
B Atención al cliente
B Envíos y devoluciones
B Condiciones de venta
B Aviso legal
B Política de cookies
B © 2024 DescansoPlus S.L. Todos los derechos reservados.
""")

# es 010: olive oil, extracted product
doc("es", "extracted", "product", """
C Aceite de oliva virgen extra Picual – Cosecha temprana 2023
C Botella de 500 ml
C! 12,90 € · 25,80 €/l
B Añadir a la cesta
C Elaborado con aceitunas picual recogidas en verde a principios de octubre en nuestra finca de Jaén. La extracción en frío conserva todos los aromas del fruto recién cortado.
C Nota de cata: frutado intenso de aceituna verde, con recuerdos a hierba recién cortada, tomatera y almendra. En boca es amargo y picante, bien equilibrado.
C Ideal para tostadas, ensaladas y para terminar platos en crudo.
C Acidez: ≤ 0,2º
C Origen: Denominación de Origen Sierra Mágina
B+ Envío gratuito en pedidos superiores a 60 €
B Comparte este producto
""")

# es 011: bookshop category, full page
doc("es", "page", "collection", """
B Librería Los Portales
B Libros
B Novedades
B Más vendidos
B Infantil y juvenil
B Cómic
B Eventos
B Club de lectura
B Busca por título, autor o ISBN
B Mi cuenta
B Cesta
B Inicio > Libros > Narrativa > Novela negra
C Novela negra y policiaca
C Crímenes, inspectores cansados y ciudades con secretos: una selección de lo mejor del género, de los clásicos a las últimas novedades.
B Mostrando 1–24 de 412 resultados
B Ordenar por: Novedad
C La noche del faro
C Marta Ibarra
C! Tapa blanda · 19,90 €
C El silencio de los muelles
C Jon Arrieta
C! Tapa dura · 22,50 €
C Tres días en Vigo
C Lucía Fernández Otero
C Tapa blanda · 18,00 €
C Cuaderno de un comisario
C Andrés Molina
C Bolsillo · 9,95 €
B Siguiente página
B Filtrar por
B Editorial
B Precio
B Formato
B Suscríbete a nuestro boletín y entérate de las presentaciones y firmas de libros.
B Librería Los Portales · Calle Mayor 14, Zaragoza
B Aviso legal
B Privacidad
B Condiciones de compra
""")

# es 012: hiking routes collection, extracted
doc("es", "extracted", "collection", """
C Las 6 mejores rutas de senderismo en Asturias
C Del Camino Real del Sella a los lagos de Covadonga, estas son las rutas que no te puedes perder si visitas el Principado.
B Guía elaborada por nuestro equipo de redacción
C 1. Ruta del Cares
C 12 km (solo ida) · Dificultad media · 4 horas
C La garganta divina: un sendero tallado en la roca entre Poncebos y Caín.
C 2. Lagos de Covadonga
C 5,5 km circular · Dificultad baja · 2 horas
C 3. Senda del Oso
C 22 km · Apta para bicicletas · Ideal para familias
C 4. Ruta de las Xanas
C 7 km · Dificultad media · 3 horas
B+ ¿Quieres más planes? Descarga gratis nuestra guía de Asturias en PDF
B Artículo patrocinado por Turismo Rural del Norte
""")

# es 013: cultural agenda, events listing, full page
doc("es", "page", "listing", """
B Sevilla Cultura
B Agenda
B Teatro
B Música
B Exposiciones
B Cine
B Infantil
B Rutas
B Publica tu evento
B ES
B EN
B Agenda cultural de Sevilla
B Filtrar por fecha
B Hoy
B Este fin de semana
B Próximos 7 días
C Qué hacer en Sevilla este fin de semana
C 15, 16 y 17 de marzo de 2024
C Concierto: Orquesta Bética de Cámara – Beethoven y Schubert
C Viernes 15 de marzo, 20:30 h · Espacio Turina
C Entradas desde 12 €
C Exposición «Luz de Triana. Cerámica sevillana del siglo XX»
C Hasta el 30 de abril · Centro Cerámica Triana
C Entrada gratuita
C Teatro: «La casa de Bernarda Alba»
C Sábado 16 de marzo, 19:00 h · Teatro Lope de Vega
C Entradas desde 18 €
C Mercadillo de artesanía en la Alameda de Hércules
C Domingo 17 de marzo, de 10:00 a 15:00 h
B Añadir a mi calendario
B Añadir a mi calendario
B Añadir a mi calendario
B ¿Organizas un evento? Publícalo gratis en nuestra agenda
B Recibe la agenda cada jueves en tu correo
B Suscribirme
B Quiénes somos
B Publicidad
B Aviso legal
B Cookies
""")

# es 014: job offers, extracted listing
doc("es", "extracted", "listing", """
C Ofertas de empleo de enfermería en Madrid
C 124 ofertas encontradas
C Enfermero/a para UCI – Hospital Universitario La Paz
C Madrid · Contrato indefinido · Jornada completa
C Salario: 32.000 – 36.000 € brutos/año
B Hace 2 días
C Enfermero/a de residencia de mayores
C Residencia Los Olivos – Alcobendas
C Turno de noche · 1.950 € brutos/mes
B Hace 4 días
C Enfermero/a de quirófano
C Clínica San Rafael – Madrid Chamartín
C Contrato temporal de 6 meses con posibilidad de indefinido
C Enfermero/a de atención domiciliaria
C Cuidarte Salud – Madrid (varios distritos)
C Jornada parcial de mañana · Vehículo propio
C Salario: 1.500 € brutos/mes + kilometraje
B Hace 1 semana
C Supervisor/a de enfermería – Urgencias
C Hospital Quirónsalud Sur – Alcorcón
C Contrato indefinido · Se requiere experiencia mínima de 5 años
C Imprescindible experiencia en gestión de equipos y disponibilidad para turnos rotatorios.
B+ Inscríbete en esta oferta
B Ofertas relacionadas: Auxiliar de enfermería · Fisioterapeuta · Matrona
B Crea una alerta y recibe ofertas similares en tu correo
""")

# es 015: ISP help page, email setup, full page
doc("es", "page", "documentation", """
B Particulares
B Empresas
B Conexia
B Fibra
B Móvil
B Fibra + Móvil
B Televisión
B Área de clientes
B Ayuda
B Centro de ayuda
B Correo electrónico
B Configurar el correo
C Cómo configurar tu correo de Conexia en Outlook
C Sigue estos pasos para añadir tu cuenta de correo @conexia.es a Microsoft Outlook en Windows. Necesitarás tu dirección de correo y la contraseña que elegiste al darte de alta.
C Paso 1: Abre Outlook y añade una cuenta
C Haz clic en Archivo > Agregar cuenta. Escribe tu dirección de correo completa y pulsa en «Opciones avanzadas».
C Paso 2: Elige el tipo de cuenta
C Marca la casilla «Permitirme configurar manualmente mi cuenta» y selecciona IMAP.
C Paso 3: Introduce los datos del servidor
C Servidor de entrada (IMAP): imap.conexia.es, puerto 993, cifrado SSL/TLS
C Servidor de salida (SMTP): smtp.conexia.es, puerto 587, cifrado STARTTLS
C Paso 4: Escribe tu contraseña
C Introduce tu contraseña y pulsa «Conectar». Outlook descargará tus mensajes en unos minutos.
C Si aparece un error de autenticación, comprueba que has escrito la dirección completa como nombre de usuario.
B ¿Te ha resultado útil este artículo?
B Sí
B No
B ¿No has encontrado lo que buscabas?
B Habla con nosotros por chat
B Llámanos al 1500
B Conexia Telecomunicaciones S.A.
B Aviso legal
B Privacidad
B Cookies
B Mapa web
""")

# es 016: API documentation, extracted
doc("es", "extracted", "documentation", """
C Autenticación
C Todas las peticiones a la API de Facturio deben incluir una clave de API en la cabecera Authorization. Puedes generar y revocar claves desde el panel, en Ajustes > Desarrolladores.
C Authorization: Bearer fct_live_8a7d...
C Las claves de prueba empiezan por fct_test_ y solo funcionan con el entorno sandbox. No generan facturas reales ni se envían a la Agencia Tributaria.
C Errores de autenticación
C 401 Unauthorized: la clave falta o no es válida.
C 403 Forbidden: la clave no tiene permisos para este recurso.
C Importante: nunca incluyas tu clave en el código del navegador o en una aplicación móvil. Utiliza siempre un servidor intermedio.
B ¿Esta página te ha sido útil? Sí · No
B Editar en GitHub
B Anterior: Introducción · Siguiente: Paginación
""")

# es 017: dental clinic, full page
doc("es", "page", "service", """
B Clínica Dental Sonríe Alicante
B Llámanos: 965 12 34 56
B Inicio
B La clínica
B Equipo
B Tratamientos
B Implantes
B Ortodoncia
B Estética dental
B Odontopediatría
B Blog
B Pide cita
B Inicio > Tratamientos > Ortodoncia invisible
C Ortodoncia invisible en Alicante
C Corrige la posición de tus dientes sin brackets, con alineadores transparentes y removibles hechos a tu medida.
C ¿En qué consiste el tratamiento?
C Tras un escaneado intraoral en 3D, diseñamos una serie de alineadores que se cambian cada una o dos semanas. Cada juego mueve los dientes unas décimas de milímetro hasta alcanzar la posición planificada.
C Ventajas
C Prácticamente invisibles
C Se retiran para comer y cepillarse
C Revisiones cada 6 a 8 semanas
C Duración y precio
C El tratamiento suele durar entre 6 y 18 meses. El precio depende de la complejidad del caso y se establece en la primera visita, que es gratuita. Ofrecemos financiación hasta en 24 meses sin intereses.
C Dónde estamos: Avenida de Maisonnave 28, 03003 Alicante
C Horario: lunes a viernes de 9:00 a 21:00 h
B Pide tu primera cita gratis
B Nombre
B Teléfono
B Acepto la política de privacidad
B Enviar
B Síguenos en Instagram
B Aviso legal
B Política de privacidad
B Política de cookies
B Nº de registro sanitario: 03-C22-0012345
""")

# es 018: town hall, residence registration, extracted
doc("es", "extracted", "service", """
B Sede electrónica › Trámites › Padrón
C Alta en el Padrón Municipal de Habitantes
C Todas las personas que viven en España están obligadas a inscribirse en el padrón del municipio en el que residen habitualmente. El empadronamiento es necesario para acceder a servicios como la sanidad, la escolarización o las ayudas sociales.
C Documentación necesaria
C DNI, NIE o pasaporte en vigor de todas las personas que se empadronan.
C Contrato de alquiler, escritura de propiedad o autorización del titular de la vivienda.
C Libro de familia en el caso de menores de edad.
C Cómo hacerlo
C Con cita previa en cualquier Oficina de Atención a la Ciudadanía, o por internet con certificado digital o Cl@ve.
C Plazo de resolución: inmediato si se presenta toda la documentación.
C El trámite es gratuito.
B+ Solicitar cita previa
B Última actualización: 08/01/2024
B ¿Le ha resultado útil esta información?
""")

# ---------------------------------------------------------------- English --

# en 001: UK local newspaper, full page
doc("en", "page", "article", """
B Skip to main content
B The Harrowgate Herald
B Subscribe
B Sign in
B News
B Local News
B UK News
B World News
B Crime
B Courts
B Health
B Education
B Politics
B Sport
B Football
B Cricket
B Rugby
B Racing
B What's On
B Food & Drink
B Music & Nightlife
B Days Out
B Business
B Property
B Motors
B Jobs
B Announcements
B Weather
B Puzzles
B Newsletters
B We and our partners use cookies and similar technologies to store and access personal data on your device, such as browsing data, for purposes including personalised advertising, measuring performance and improving our services.
B You can change your choices at any time by clicking "Privacy settings" at the bottom of the page.
B I Accept
B Show Purposes
B News
B Local News
C Councillors approve 450 homes on former dairy site despite objections
C More than 300 residents had signed a petition against the plans, citing pressure on schools and GP surgeries
B By Rachel Hughes
B Local Democracy Reporter
B 14:06, 21 Feb 2024
B Updated 16:40, 21 Feb 2024
B Share
B Comments
C Plans to build 450 homes on the site of the former Greenfield dairy have been approved, despite strong opposition from people living nearby.
C Members of the district council's planning committee voted seven to four in favour of the scheme on Tuesday evening, after a debate lasting more than two hours.
C The development, put forward by Northvale Homes, will include 135 affordable homes, a small convenience store and a new play area. The developer has also agreed to pay £1.2 million towards expanding Ashby Road Primary School.
C Speaking at the meeting, resident Margaret Ellis said: "Nobody is against new homes, but you can't get a doctor's appointment here as it is. Where are 1,000 new people supposed to go?"
C Cllr David Price, who chairs the committee, said the council had to meet government housing targets and that refusing the application would likely have led to a costly appeal.
C Construction is expected to begin early next year and take around six years to complete.
B Read More
B Bypass roadworks to cause three weeks of overnight closures
B Much-loved bakery closes after 40 years
B Most Read
B Man charged after break-in at village post office
B New parking charges come into force at hospital
B Get the biggest stories from across the district straight to your inbox
B Enter your email
B Sign up
B Follow us
B Facebook
B X
B Instagram
B About us
B Contact us
B Advertise with us
B Terms and conditions
B Privacy notice
B Corrections and complaints
B © 2024 Harrowgate Media Ltd
""")

# en 002: wire story, extracted with glued ad label
doc("en", "extracted", "article", """
C Thousands evacuated as wildfire spreads through hills east of Los Angeles
C Strong Santa Ana winds pushed the fire across more than 8,000 acres overnight, destroying at least 14 homes.
B By JAMES ORTEGA and LINDA CHO Associated Press
B Updated 7:42 AM PST, November 9, 2023
C CORONA, Calif. (AP) — Firefighters struggled Thursday to contain a fast-moving wildfire that forced thousands of people from their homes in Southern California, as gusts of up to 60 mph sent embers flying over ridgelines and into neighborhoods.
C The blaze broke out shortly after 2 p.m. Wednesday near a highway interchange and was 5% contained by morning, according to the California Department of Forestry and Fire Protection.
B+ ADVERTISEMENT
C+ Evacuation orders covered about 4,500 homes, and an emergency shelter was opened at a local high school. No deaths had been reported, but two firefighters were treated for heat exhaustion.
C "The wind is our biggest enemy right now," Battalion Chief Maria Sanchez said at a news briefing. "Until it calms down, we are in defensive mode."
C The cause of the fire is under investigation.
B+ Sign up for our daily newsletter
B Copyright 2023 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed without permission.
""")

# en 003: gardening blog, full page
doc("en", "page", "article", """
B Menu
B The Muddy Allotment
B Home
B Grow Your Own
B Fruit
B Vegetables
B Herbs
B Seasonal Jobs
B Shop
B About
B Search this site...
B Home / Vegetables / Garlic
C How to Grow Garlic: Plant in Autumn, Harvest in Summer
B Posted on 2 October 2023 by Tom
B This post may contain affiliate links. As an Amazon Associate I earn from qualifying purchases.
C Garlic is one of the easiest crops you can grow, and one of the most rewarding. Plant a few cloves now and you'll have a year's supply by next July, with almost no effort in between.
C When to plant
C The best time to plant garlic in the UK is from October to December. Garlic needs a period of cold, at least a month below 10°C, to split into cloves. Spring planting works for some varieties but the bulbs will usually be smaller.
C Choosing your garlic
C Don't plant supermarket garlic. It is often grown in warmer climates and may carry disease. Buy seed garlic from a garden centre or specialist supplier instead.
C Softneck varieties such as 'Solent Wight' store well into the spring.
C Hardneck varieties such as 'Chesnok Red' have a stronger flavour and produce edible scapes.
C How to plant
C Break the bulb into cloves just before planting.
C Push each clove into the soil, pointed end up, so the tip is about 2cm below the surface.
C Space cloves 15cm apart in rows 30cm apart.
C Water only in dry spells; garlic hates sitting in wet soil.
C When the lower leaves turn yellow in early summer, lift the bulbs carefully with a fork and dry them in the sun for two weeks.
B Share this:
B Facebook
B Pinterest
B Email
B Related
B Growing onions from sets: a beginner's guide
B 10 jobs to do on the allotment in October
B 14 thoughts on "How to Grow Garlic: Plant in Autumn, Harvest in Summer"
N Sue H.
N Really helpful, thanks! I always wondered why my supermarket cloves never did much.
B Reply
B Leave a Reply
B Your email address will not be published. Required fields are marked *
B Post Comment
B Privacy Policy
B Copyright © 2023 The Muddy Allotment
""")

# en 004: tech news, data breach, extracted
doc("en", "extracted", "article", """
B Security
C Fitness app breach exposes data of 2.3 million users
C Names, email addresses and workout locations were accessed by an unauthorised third party, the company said. Passwords were hashed.
B Priya Nair
B Wed 17 Jan 2024 // 09:30 UTC
C StrideTrack, which makes a popular running and cycling app, has begun notifying users that their personal information was exposed after attackers gained access to a cloud storage bucket used for analytics.
C In an email sent to customers on Tuesday, the company said the data included names, email addresses, dates of birth and, for some users, GPS routes of recorded activities. Payment card details are stored separately and were not affected.
B+ READ MORE
C+ Security researchers warned that GPS routes could reveal users' home addresses, since many activities start and end at the same location.
C StrideTrack said it had reset all sessions and was requiring users to choose a new password at their next login. It has reported the incident to data protection regulators in the UK and the EU.
B Get our Tech Resources
B Sponsored: How to secure your cloud storage in 2024
""")

# en 005: cricket report, full page
doc("en", "page", "article", """
B Skip to content
B CricketDaily
B Live Scores
B Fixtures
B Results
B Series
B Teams
B Rankings
B Features
B Podcasts
B Log in
B County Championship
B Division One
C Rain frustrates Surrey as Essex cling on for a draw at The Oval
C Essex 248 & 193-8 drew with Surrey 412-7 dec
B Report by Ben Whitaker
B Sunday, 28 April 2024
B Share on X
B Share on Facebook
B Copy link
C Surrey were denied a second win of the season by the weather and a dogged rearguard from the Essex lower order, after more than two sessions were lost to rain on the final day in south London.
C Resuming on 97-3, Essex lost wickets steadily through the morning, with Gus Atkinson removing both overnight batters inside the first hour. At 156-7 with 40 overs remaining, a Surrey victory looked likely.
C But the rain returned shortly after lunch, and when play resumed at 4.45pm, Simon Harmer and Jamie Porter batted out 24 overs to secure the draw.
C "We've played some really good cricket this week, so it's frustrating," said Surrey captain Rory Burns. "But you can't control the weather."
C Surrey take 13 points from the match, Essex 9.
B Scorecard
B Points table
B More from County Championship
B Somerset collapse as Hampshire seal innings victory
B Five things we learned from round three
B Advertisement
B CricketDaily
B About
B Contact
B Privacy
B Terms
B Cookie settings
B © CricketDaily Media 2024
""")

# en 006: long-form feature, extracted
doc("en", "extracted", "article", """
C The last keepers of the light
C For two centuries, men and women lived on remote rocks to keep ships safe. Their lighthouses are automated now, but a handful of former keepers still remember the life.
B Words by Fiona Grant · Photographs by Alasdair MacLeod
B 12 min read
C Angus MacRae was 23 when he first stepped off the relief boat onto Skerryvore, a granite tower twelve miles out in the Atlantic. "Nobody tells you about the noise," he says. "The sea never stops, not for a minute, and in a storm the whole tower hums."
C He spent three weeks on and three weeks off for the next eleven years, sharing the tower with two other keepers. Their days were built around the lamp: cleaning the lens, trimming the wicks in the early years, winding the clockwork that turned the light.
B+ Advertisement
C+ The work was repetitive, but MacRae insists he was rarely bored. He read his way through the small library that came with each relief, taught himself to bake bread and kept a diary of every ship that passed.
C Not every keeper coped so well. Keepers' logbooks from the 1950s record men who stopped speaking to each other for weeks, and one assistant who was taken off the rock after he began signalling to passing ships for no reason.
C Margaret Innes was one of the few women to work a light in her own right. She took over a shore station in Caithness from her father in 1971, after he suffered a stroke, and ran it for nine years. "The Board were not keen," she says drily. "But the light never went out on my watch, and they couldn't argue with that."
C Life on a shore station was different from the rock towers. Keepers' families lived in cottages beside the lighthouse, children walked to school along the cliffs, and the weekly grocery van was a major social event.
B+ Related: The island where the post still comes by boat
C Today the Northern Lighthouse Board looks after more than 200 lights, all monitored remotely from an office in Edinburgh. Most of the old cottages have been sold as holiday lets.
C Automation came to Skerryvore in 1994. MacRae was on the last shift. "We switched off the kettle, locked the door and that was it," he says. "Two hundred years, finished in an afternoon."
C Asked whether he misses it, MacRae takes a long time to answer. "I miss the quiet between the noise," he says finally. "You don't get that anywhere else."
B This article appeared in the Spring 2024 issue of the magazine. Subscribe for £29 a year.
B Share this story
""", blank=True)

# en 007: photography forum thread, full page
doc("en", "page", "forum", """
B PhotoTalk Community
B Forums
B What's new
B Gallery
B Reviews
B Log in
B Register
B Search
B Forums
B Cameras & Lenses
B Lens Talk
C 50mm f/1.8 vs 35mm f/1.8 for a first prime on APS-C?
N Discussion in 'Lens Talk' started by emma_k, Mar 3, 2024
N emma_k
N New Member
C I've been shooting with the kit zoom on my Nikon Z50 for about a year and want to get my first prime. Mostly street photography and pictures of my kids indoors. I keep going back and forth between the 50mm and the 35mm. Which would you pick?
B Like
B Reply
B Report
N grainy_pete
N Well-Known Member
C On APS-C the 35mm gives you roughly a "normal" field of view, about what a 50 does on full frame. For kids indoors the 50 will feel tight, you'll be backing into walls.
C Get the 35.
B Like
B Reply
N dlawson
C Agree with Pete. I had the 50 first and ended up using it mostly for portraits outdoors. The 35 lives on my camera now.
B Like
B Reply
N emma_k
C Thanks both, ordered the 35mm. Will post some shots when it arrives!
B Like
B Reply
B You must log in or register to reply here.
B Similar threads
B Best budget macro lens for Z mount?
B Is the Z50 still worth buying in 2024?
B Share:
B Facebook
B Reddit
B Email
B Contact us
B Terms and rules
B Privacy policy
B Help
B Community platform by XenForo® © 2010-2024
""")

# en 008: programming Q&A, extracted
doc("en", "extracted", "forum", """
C How do I undo the most recent local commit in Git?
B Asked 2 years ago Modified 5 months ago Viewed 48k times
C I committed the wrong files to Git by accident, but I haven't pushed anything to the server yet. How can I undo that commit and keep my changes so I can fix it?
B git git-commit
B Share Improve this question Follow
C If you want to keep the changes in your working tree, use a soft reset:
C git reset --soft HEAD~1
C This moves the branch back by one commit and leaves the changes staged. Use --mixed (the default) if you want them unstaged instead.
C Be careful with --hard, which throws the changes away completely.
B Share Improve this answer Follow
C If you only want to change the commit message or add a forgotten file, you don't need to undo anything: stage the file and run git commit --amend.
B Share Improve this answer Follow
B Not the answer you're looking for? Browse other questions tagged git or ask your own question.
""")

# en 009: headphones product page, full page
doc("en", "page", "product", """
B Free delivery on orders over $35
B SoundHouse
B Shop by Category
B Headphones
B Speakers
B Turntables
B TV & Home Theater
B Deals
B Gift Cards
B Search SoundHouse
B Account
B Cart
B Home › Headphones › Wireless Headphones
C Aero ANC 700 Wireless Noise Cancelling Headphones – Midnight Black
B 4.4 out of 5 stars, 2,107 reviews
C! Sale price $229.99 Regular price $299.99
B Save $70
B Pay in 4 interest-free installments of $57.49
B Color: Midnight Black
B Add to Cart
B Buy it now
B Ships in 1–2 business days. Free returns within 30 days.
C Overview
C The Aero ANC 700 blocks out the world with adaptive noise cancelling that adjusts to your surroundings, from a busy office to a long-haul flight. Custom 40mm drivers deliver rich, balanced sound, and eight microphones keep your calls clear even on windy streets.
C A single charge gives you up to 35 hours of playback with ANC turned on. Need a quick top-up? Ten minutes on the charger gives you five more hours.
C Specifications
C Battery life: up to 35 hours (ANC on)
C Bluetooth: 5.3, multipoint connection
C Weight: 254 g
C Charging: USB-C, fast charge
C In the box: headphones, carrying case, USB-C cable, 3.5mm audio cable
N Customer Reviews
N Best headphones I've owned
N The noise cancelling is on par with brands that cost twice as much. Comfortable for a whole flight.
B See all 2,107 reviews
B Customers also bought
B Aero Buds Pro
B $149.99
B Headphone Stand, Walnut
B $39.99
B Help Center
B Track Your Order
B Returns
B Store Locator
B Careers
B Privacy Policy
B Terms of Use
B Do Not Sell or Share My Personal Information
B © 2024 SoundHouse Inc.
""")

# en 010: chef's knife, extracted product
doc("en", "extracted", "product", """
C Santoku Knife 18cm – Damascus Steel, Olive Wood Handle
C! Our price: £89.00
B Add to basket
C Forged from 67 layers of Damascus steel around a VG-10 core, this santoku holds an exceptionally sharp edge and is a pleasure to use for slicing, dicing and mincing. The hollow-ground dimples on the blade help prevent food from sticking.
C The handle is made from Italian olive wood, finished with natural oil, and fits comfortably in both small and large hands.
C Blade length: 18 cm
C Hardness: 60–61 HRC
C Weight: 195 g
C Care: hand wash only, dry immediately
B+ Free UK delivery on orders over £50
B You must be 18 or over to purchase knives. Proof of age may be required on delivery.
""")

# en 011: plant shop, full page
doc("en", "page", "product", """
B Leaf & Root
B Shop All Plants
B Indoor Plants
B Outdoor Plants
B Pots & Planters
B Plant Care
B Gifts
B Sale
B Find a plant...
B Sign in
B Basket (0)
B Free delivery on orders over £40 · Plants guaranteed for 30 days
C Fiddle Leaf Fig (Ficus lyrata) – 80cm
C! £34.99 (was £42.00)
B Pot: Nursery pot
B Add to basket
C The fiddle leaf fig is the statement houseplant of choice, with large, glossy, violin-shaped leaves on an upright stem. It grows slowly but steadily and can reach over two metres indoors with the right care.
C Care guide
C Light: bright, indirect light; avoid harsh afternoon sun
C Water: when the top 5cm of soil is dry, roughly once a week
C Pet safe: no, toxic to cats and dogs
C Height on delivery: 75–85cm including nursery pot
C Fiddle leaf figs dislike being moved. Find a good spot and leave it there; dropped leaves in the first weeks are normal while it settles in.
B Pairs well with
B Ceramic Planter, Sand, 21cm
B Liquid Houseplant Feed 250ml
B Delivery & Returns
B FAQs
B Contact Us
B Our Story
B Privacy & Cookies
B Terms & Conditions
B Join our newsletter for care tips and 10% off your first order
""")

# en 012: women's rain jackets category page, full page
doc("en", "page", "collection", """
B Northline Outdoor
B Women
B Men
B Kids
B Jackets
B Footwear
B Packs
B Camping
B Sale
B Stores
B Help
B Free shipping over $75 · Free returns
B We use cookies to improve your experience and to show you relevant ads. By continuing to browse, you agree to our use of cookies.
B Accept All
B Manage Preferences
B Home
B Women
B Jackets
C Women's Rain Jackets
C Lightweight, packable and fully waterproof: shell jackets for hiking, travel and everyday wet weather.
B 42 Results
B Sort by: Featured
B Filter
C Cascade 2.5L Rain Jacket
C! $129.00 · 6 colors
C Summit Pro GORE-TEX Shell
C $289.00
C Drizzle Packable Jacket
C! $79.95 · Sale $59.95
C Trailhead Insulated Rain Parka
C $219.00
C Urban Trench Waterproof Coat
C! $169.00 · New arrival
B Load More
B Need help choosing? Read our guide to waterproof ratings
B Customer Service
B Order Status
B Shipping
B Returns
B Warranty
B About Northline
B Careers
B Sustainability
B Privacy
B Accessibility
B © 2024 Northline Outdoor Co.
""")

# en 013: podcast episode archive, extracted collection
doc("en", "extracted", "collection", """
C The Long Field: All Episodes
C A weekly podcast about farming, food and the people who grow it, hosted by Hannah Price.
B Listen on Apple Podcasts · Spotify · RSS
C Episode 112: What happens when the bees don't come back?
C Beekeeper Marcus Webb on the hard winter that wiped out half his hives, and what it means for the orchards that rely on them.
C 14 March 2024 · 48 min
C Episode 111: The return of the village dairy
C Three young farmers in Devon are selling raw milk from a vending machine at the farm gate. Is it the future or a fad?
C 7 March 2024 · 52 min
C Episode 110: Soil, explained
C 29 February 2024 · 41 min
B+ This episode is sponsored by Greenfield Seeds.
B Load older episodes
B Support the show on Patreon
""")

# en 014: remote job search results, full page
doc("en", "page", "listing", """
B WorkAnywhere
B Find Jobs
B Companies
B Salaries
B Resources
B Post a Job
B Log in
B Sign up
B Job title or keyword
B Location
B Search
B Remote only
B Date posted
B Salary
B Experience level
C Remote Data Analyst jobs
C 1,284 jobs found
C Data Analyst, Marketing
C Brightwave Health · Remote (US)
C! $75,000 – $95,000 a year
C Full-time · Mid-level
B 3 days ago
B Save
C Junior Data Analyst
C Parcelio · Remote (UK)
C £32,000 – £38,000
C Full-time · Entry level
B Just posted
B Save
C Senior Analytics Engineer
C Lumen Labs · Remote (Worldwide)
C Contract · 6 months · $60–75/hour
B 1 week ago
B Save
C Product Data Analyst
C Ferrow · Remote (EU time zones)
C Full-time · Senior
B 2 weeks ago
B Save
B Next page
B Get new jobs for this search by email
B Create alert
B About
B Blog
B Help
B Privacy
B Terms
B © 2024 WorkAnywhere
""")

# en 015: library catalogue search results, extracted listing
doc("en", "extracted", "listing", """
B Westbury Public Library › Catalog › Search results
C Results for "mary shelley"
C Showing 1–5 of 23
C Frankenstein, or, The Modern Prometheus
C Shelley, Mary Wollstonecraft, 1797–1851
C Book · 2018 · Penguin Classics
C Available at Central Library, Fiction SHE
C Mary Shelley: A Biography
C Sampson, Fiona
C Book · 2018
C Checked out, due 04/22/2024
C The Last Man
C Shelley, Mary Wollstonecraft, 1797–1851
C eBook · 2021
B+ Place hold
B Add to list
B Refine your search: Format · Publication year · Language
""")

# en 016: Python library documentation, full page
doc("en", "page", "documentation", """
B Skip to main content
B tablekit 2.3.0 documentation
B Search docs
B Getting started
B Installation
B Quickstart
B User guide
B Reading files
B Writing files
B Filtering and grouping
B API reference
B Changelog
B Contributing
B Docs
B Quickstart
B Edit on GitHub
C Quickstart
C This page gives a short introduction to tablekit. It assumes you have already installed the package; if not, see Installation.
C Loading a table
C Use tablekit.read() to load a CSV, TSV or Parquet file. The format is detected from the file extension.
C import tablekit
C t = tablekit.read("sales.csv")
C Filtering rows
C Tables support boolean filtering with the where() method, which takes a column expression and returns a new table:
C big = t.where(t["amount"] > 1000)
C Grouping and aggregating
C Call group_by() with one or more column names, then an aggregation such as sum(), mean() or count():
C totals = t.group_by("region").sum("amount")
C Note
C Operations never modify a table in place. Every method returns a new table, so you can chain calls freely.
C Next steps
C Read the user guide for details on joins, missing values and writing results back to disk.
B Previous
B Installation
B Next
B Reading files
B © Copyright 2024, the tablekit developers.
B Built with Sphinx using a theme provided by Read the Docs.
""")

# en 017: help center, change shipping address, extracted
doc("en", "extracted", "documentation", """
B Help Center > Orders & Shipping
C How do I change the shipping address on my order?
C You can change the shipping address for an order as long as it hasn't been dispatched yet.
C 1. Go to Your Orders and select the order you want to change.
C 2. Click Edit shipping address.
C 3. Choose a saved address or enter a new one, then click Save.
C If the Edit shipping address button isn't shown, your order has already been prepared for shipping and the address can no longer be changed. In that case, you can refuse the delivery or return the item once it arrives.
C Note: For security reasons, changing the address may require you to re-enter your card's security code.
B Was this article helpful? Yes No
B Related articles
B Track your package
B Cancel an order
""")

# en 018: veterinary practice services, full page
doc("en", "page", "service", """
B Meadowbank Veterinary Clinic
B Emergency? Call 0131 555 0199 (24 hours)
B Home | Services | Contact | Book Online
C Our Services
C From puppy and kitten checks to complex surgery, our team of six vets and ten registered nurses provides complete care for cats, dogs, rabbits and small pets in Edinburgh.
C Vaccinations and health checks
C Yearly vaccinations protect your pet against serious diseases. Every vaccination appointment includes a full nose-to-tail health check with one of our vets.
C Dentistry
C Dental disease affects most dogs and cats over the age of three. We offer dental checks, scale and polish under anaesthetic, and extractions, with digital dental X-rays on site.
C Neutering
C We recommend neutering cats from four months of age. For dogs, the right time depends on breed and size; our vets will advise you at your puppy's check-up.
C Also available
C Microchipping while you wait
C Nurse clinics for weight management
C Travel paperwork and pet passports
C Opening hours
C Monday to Friday: 8am – 7pm
C Saturday: 9am – 1pm
C 24 Marchmont Road, Edinburgh EH9 1HL
B Register your pet
B Book an appointment
B Find us on Facebook
B Privacy policy
B Cookie policy
B Complaints procedure
B Meadowbank Veterinary Clinic is an RCVS Accredited Practice.
B © 2024 Meadowbank Veterinary Clinic Ltd
""")


if __name__ == "__main__":
    main()
