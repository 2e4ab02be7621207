#!/usr/bin/env python3
"""Build the second hand-written training batch for deboil.

Writes tests/data/train/{de2,fr2,es2,en2}.jsonl: 22 German, 7 French,
7 Spanish and 8 English documents, in the JSON Lines format of the eval sets
(id, source, split, task, lang, url, page_type, text, keep, drop), with
source "deboil-train", split "train" and ids "train2-<lang>-<nn>".

Every document below was written by hand for this batch; no text was copied
from the web, from a data set, from an eval set or from the first training
batch (scripts/make_train_set.py), whose sites and topics it avoids. Each
document sits on a fictional site of its own (host under the reserved
".example" TLD), because the trainer splits its cross-validation folds by
host.

Compared with the first batch, this one leans to task "extracted" (about
60 %): what an article extractor leaves from a page, with varied leftovers
(bylines, datelines, reading times, photo credits and ad markers glued into
the text, teaser lines, newsletter and subscription pitches, affiliate
notes, share prompts, author bios, comment counts, update lines, cookie
notes). It also holds more product, listing and collection pages, where
content is short lines (item names, prices, specs, dates, places, rents)
marked C! so that they get keep snippets.

The markup (C / B / N lines, C+ / B+ glued without a space, C~ / B~ glued
with one space, C! forced keep), the rendering and the deterministic snippet
rules are those of scripts/make_blind_eval.py, which is imported as a module
and reused unchanged; only the record id, source, split and url differ.

Run from the repository root:

    python3 scripts/make_train_set2.py
"""

import written_sets

LANGS = ("de", "fr", "es", "en")
EXPECTED = {"de": 22, "fr": 7, "es": 7, "en": 8}


M = written_sets.machinery()
SITED = written_sets.Sited(M, LANGS)
doc = SITED.doc


def main():
    # this batch leans to extracted text: about 60 % per language; one host
    # per document
    written_sets.write_training_set(M, SITED, EXPECTED, "train2", "2",
                                    (0.5, 0.65), 1,
                                    written_sets.check_forced_keeps)


# ---------------------------------------------------------------------------
# Documents
# ---------------------------------------------------------------------------

# ----------------------------------------------------------------- German --

# de 01: regional daily, flood protection, full page with comments
doc("de", "page", "article",
    "https://www.donau-rundschau-niederbayern.example/region/plattling/"
    "mettenfurter-deich-waechst-um-einen-meter-art118204", """
B Deich bei Mettenfurt: Bauarbeiten starten im März | Donau-Rundschau
B Zum Inhalt springen
B Wir und unsere 143 Partner speichern Informationen auf Ihrem Gerät und greifen darauf zu, etwa über Cookies. Mit „Akzeptieren“ stimmen Sie der Verarbeitung für personalisierte Werbung und Reichweitenmessung zu.
B Akzeptieren
B Ablehnen und Pur-Abo abschließen
B Weitere Optionen
B Donau-Rundschau
B Digital-Abo ab 0,99 € im ersten Monat
B Anmelden
B Region
B Deggendorf
B Straubing
B Plattling
B Landau
B Vilshofen
B Bayern
B Welt
B Sport
B Freizeit
B Service
B Trauer
B Sie sind hier:
B Region
B Plattling
C Hochwasserschutz: Mettenfurter Deich wächst um einen Meter
C Zwölf Jahre nach der großen Flut beginnen im März die Bauarbeiten am Donaudeich. Die Anwohner müssen sich auf zwei Jahre Lastwagenverkehr einstellen.
B Franziska Loibl
B 14.02.2025 | 06:00 Uhr
B 4 Kommentare
C Bei der Flut 2013 stand das Wasser in der Mettenfurter Siedlung bis zu den Fensterbänken. Ein neuer, höherer Deich soll das künftig verhindern.
B~ Foto: Archiv/Loibl
C Als der Damm an der Ortsgrenze im Juni 2013 auf einer Länge von 80 Metern nachgab, liefen innerhalb weniger Stunden mehr als 200 Keller voll. Viele Familien konnten erst nach Monaten in ihre Häuser zurück. Seitdem warten die Mettenfurter auf besseren Schutz.
C Jetzt steht der Zeitplan fest: Am 17. März rücken die ersten Bagger an. Das Wasserwirtschaftsamt will den Deich auf 3,2 Kilometern Länge um bis zu einen Meter erhöhen und gleichzeitig verbreitern. Ein neuer Deichverteidigungsweg auf der Landseite soll es Feuerwehr und THW ermöglichen, bei Hochwasser schneller an gefährdete Stellen zu kommen.
C Die Kosten für den Abschnitt liegen bei rund 28 Millionen Euro. Bund und Freistaat tragen den Großteil, die Gemeinde beteiligt sich mit etwa 1,4 Millionen Euro.
B Lesen Sie auch: Neue Pegelmessstelle in Niederalteich liefert Daten im Minutentakt
C 40 000 Lkw-Fahrten in zwei Jahren
C Für Unmut sorgt vor allem der Baustellenverkehr. Weil für den Deichkern tonnenweise Lehm und Kies gebraucht werden, rechnet das Amt mit rund 40 000 Lastwagenfahrten. Die Zufahrt ist über die Kreisstraße DEG 21 geplant, die direkt an der Grundschule vorbeiführt.
C „Wir freuen uns auf den Deich, aber nicht darauf, dass jeden Morgen Kieslaster neben dem Schulweg fahren“, sagte Elternbeirätin Monika Stadler bei der Informationsveranstaltung am Mittwoch im Gasthaus Fischer. Gut 150 Bürgerinnen und Bürger waren gekommen.
C Projektleiter Andreas Wimmer sagte zu, die Fahrten zu Schulbeginn und Schulende nach Möglichkeit zu unterbrechen. Außerdem prüft das Amt, ob ein Teil des Materials per Schiff angeliefert werden kann. Eine Anlegestelle am alten Fährhaus käme dafür infrage.
C Einige Bäume müssen weichen
C Entlang des Deichfußes müssen etwa 60 Pappeln und Weiden gefällt werden, weil ihre Wurzeln den Damm schwächen können. Als Ausgleich sollen in der Flussaue Auwaldflächen von rund neun Hektar entstehen.
C Die Arbeiten sollen im Herbst 2026 abgeschlossen sein. Während der Bauzeit bleibt der Donauradweg zwischen Mettenfurt und Isarmünd gesperrt, eine Umleitung wird ausgeschildert.
B Mehr zum Thema
B Pegel steigt: Wie gut ist der Landkreis auf das nächste Hochwasser vorbereitet?
B Flutpolder Steinkirchen: Landwirte fordern höhere Entschädigung
B Kommentare (4)
N Sepp aus Isarmünd
N Endlich! Zwölf Jahre hat das gedauert. Die Umleitung für den Radweg ist mir ehrlich gesagt egal, Hauptsache der Deich hält.
N M. Kerscher
N Warum nicht gleich über die Bahntrasse anliefern? Die Gleise liegen doch direkt daneben.
B Alle Kommentare anzeigen
B Kommentar schreiben
B Newsletter
B Die wichtigsten Nachrichten aus Niederbayern jeden Morgen um 6 Uhr in Ihrem Postfach.
B Jetzt anmelden
B Impressum
B Datenschutz
B AGB
B Kontakt
B Mediadaten
B Privatsphäre-Einstellungen
B © 2025 Donau-Rundschau Verlags-GmbH
""")

# de 02: extracted listing, flats to rent (Kassel)
doc("de", "extracted", "listing",
    "https://www.nordhessen-wohnen.example/mieten/wohnungen/kassel/"
    "2-bis-3-zimmer?sort=neueste", """
C 47 Mietwohnungen in Kassel mit 2 bis 3 Zimmern
B Sortierung: Neueste zuerst
C! Helle 3-Zimmer-Wohnung mit Balkon in Wehlheiden
C! 78 m² · 3 Zimmer · 845 € Kaltmiete
C Gründerzeithaus, 2. OG, Dielenboden, Tageslichtbad mit Wanne, Keller. Frei ab 1. Juni.
N Angebot von Privat
C! Modernisierte 2-Zimmer-Wohnung nahe Uni-Campus
C! 54 m² · 2 Zimmer · 610 € Kaltmiete · 120 € Nebenkosten
C Neue Einbauküche, Fußbodenheizung, Aufzug. Kein WG-Zimmer, keine Haustiere.
N Hausverwaltung Fulda-Aue GmbH
C! Erdgeschosswohnung mit Gartenanteil in Bad Wilhelmshöhe
C! 71 m² · 2,5 Zimmer · 790 € Kaltmiete
C Ruhige Seitenstraße, 5 Minuten zur Tram-Haltestelle, Stellplatz für 40 € zusätzlich.
B Exposé ansehen
C! Dachgeschoss-Maisonette im Vorderen Westen
C! 88 m² · 3 Zimmer · 1.020 € Kaltmiete
C Offene Galerie, zwei Dachterrassen, Kamin. Kaution drei Nettokaltmieten.
N Angebot von Makler, provisionsfrei für Mieter
C! Kleine 2-Zimmer-Wohnung in Bettenhausen
C! 46 m² · 2 Zimmer · 465 € Kaltmiete · WBS erforderlich
C Geförderter Wohnraum, nur mit gültigem Wohnberechtigungsschein. Besichtigung am Samstag.
C! Neubau-Wohnung mit Loggia am Auedamm
C! 67 m² · 2 Zimmer · 935 € Kaltmiete · Energieklasse A+
C Erstbezug, barrierefrei, Tiefgaragenstellplatz optional. Bezugsfertig zum 1. August.
B 1 2 3 4 5 … 8 Weiter
B Suchauftrag speichern und neue Angebote per E-Mail erhalten
""")

# de 03: extracted product page, manual coffee grinder
doc("de", "extracted", "product",
    "https://www.mahlwerk-kaffeehaus.example/zubehoer/muehlen/"
    "handmuehle-kegel-38", """
C Handkaffeemühle Kegel 38 aus Edelstahl
B 4,7 von 5 Sternen · 212 Bewertungen
C! Statt 149,00 € jetzt 129,00 €
B~ inkl. 19 % MwSt., zzgl. Versandkosten
C! Farbe: Anthrazit matt
C! Lieferumfang: Mühle, Reinigungspinsel, Stofftasche
B Sofort lieferbar, Lieferzeit 1–3 WerktageIn den Warenkorb
C Die Kegel 38 ist für alle gemacht, die ihren Kaffee frisch mahlen wollen, ohne eine elektrische Mühle auf die Arbeitsplatte zu stellen. Das Kegelmahlwerk aus gehärtetem Edelstahl mahlt gleichmäßig von sehr fein für Espresso bis grob für French Press.
C Der Mahlgrad wird über ein Rad unter dem Mahlwerk eingestellt, das in 48 Stufen rastet. So findest du deine Einstellung jeden Morgen wieder, auch wenn zwischendurch jemand anderes Filterkaffee gemahlen hat.
C Für eine Tasse Espresso mit 18 Gramm Bohnen brauchst du etwa 40 Sekunden, für Filterkaffee deutlich weniger. Die doppelt gelagerte Achse sorgt dafür, dass die Kurbel auch bei hellen, harten Röstungen ruhig läuft.
C Technische Daten
C! Mahlwerk: 38-mm-Kegelmahlwerk, Edelstahl gehärtet
C! Fassungsvermögen: 25 g Bohnen
C! Mahlgrad: 48 Stufen, werkzeuglos einstellbar
C! Maße: 16,5 cm hoch, Ø 5,2 cm
C! Gewicht: 620 g
C Reinigung
C Das Mahlwerk lässt sich ohne Werkzeug ausbauen. Einfach trocken mit dem Pinsel reinigen, nicht in die Spülmaschine geben und nicht mit Wasser ausspülen.
B Passend dazu: Feinwaage mit Timer, Milchkännchen 350 ml
N „Mahlt deutlich gleichmäßiger als meine alte Keramikmühle. Für Espresso braucht man etwas Kraft, aber es lohnt sich.“ – Tobias, verifizierter Kauf
B Alle 212 Bewertungen lesen
""")

# de 04: extracted business news, family brewery sold, glued credits and ads
doc("de", "extracted", "article",
    "https://www.oberpfalz-kurier.example/wirtschaft/brauerei-zeitlhofer-"
    "verkauft-sudhaus-bleibt-in-waldnaab-1.9124407", """
C Brauerei Zeitlhofer verkauft – das Sudhaus bleibt in Waldnaab
C Nach 182 Jahren in Familienhand geht die Traditionsbrauerei an eine Genossenschaft aus der Region. Alle 34 Arbeitsplätze sollen erhalten bleiben.
B Waldnaab. Von Thomas Gradl | Lesezeit: 3 Min.
C Die Nachricht kam für viele überraschend, auch für die eigene Belegschaft. Am Dienstagvormittag bat Brauereichefin Gertraud Zeitlhofer alle Mitarbeiterinnen und Mitarbeiter in die Abfüllhalle und verkündete, dass sie das Unternehmen zum Jahresende abgibt.
C „Ich bin 67, und in der Familie gibt es niemanden, der den Betrieb weiterführen will“, sagte sie. „Ich wollte auf keinen Fall, dass ein Konzern die Marke kauft und das Bier irgendwann woanders gebraut wird.“
C Seit Dienstag ist das Tor zur Brauerei mit einem Transparent geschmückt: „Zeitlhofer bleibt dahoam“.
B~ Foto: Gradl
C Käuferin ist die Bürgerbrauerei Oberpfalz eG, eine Genossenschaft, die im vergangenen Jahr von Wirten, Landwirten und Kunden aus dem Landkreis gegründet wurde. Sie hat nach eigenen Angaben inzwischen rund 1.900 Mitglieder, die jeweils mindestens einen Anteil zu 500 Euro gezeichnet haben.
C Über den Kaufpreis haben beide Seiten Stillschweigen vereinbart. Nach Informationen unserer Zeitung liegt er im niedrigen zweistelligen Millionenbereich.
B+ Anzeige
C+ Der Vorstand der Genossenschaft, der Gastwirt Johann Bäumler, will am bisherigen Sortiment festhalten. Das Helle, das Zoigl und der Weihnachtsbock sollen unverändert gebraut werden, auch das Rezept des Dunklen bleibt, wie es ist.
C Investitionen in Sudhaus und Kühlung
C Gleichzeitig kündigte Bäumler an, in den kommenden fünf Jahren rund drei Millionen Euro zu investieren. Das Geld soll vor allem in eine neue Kühlanlage und in die Modernisierung des Sudhauses fließen, das zuletzt 1994 erneuert wurde.
C Brauereien in der Oberpfalz stehen seit Jahren unter Druck. Der Bierkonsum sinkt, Energie und Rohstoffe sind teurer geworden, und vielen Familienbetrieben fehlen Nachfolger. Nach Zahlen des Bayerischen Brauerbundes hat im Regierungsbezirk seit 2015 etwa jede achte Brauerei aufgegeben.
B Auch interessant: Zoigl-Kalender 2025 – wann welche Stube ausschenkt
C Mehrere kleine Brauereien in der Region haben sich in den vergangenen Jahren zusammengeschlossen, um Einkauf und Vertrieb zu teilen. Ein Genossenschaftsmodell wie in Waldnaab gab es in der Oberpfalz bisher aber nicht.
C Die Belegschaft reagierte nach dem ersten Schreck erleichtert. „Hauptsache, es geht weiter“, sagte Braumeister Florian Weiß, der seit 23 Jahren bei Zeitlhofer arbeitet. Die Genossenschaft hat zugesagt, alle Verträge zu übernehmen.
C Der Betriebsrat will sich das schriftlich geben lassen. Eine Betriebsversammlung mit dem neuen Vorstand ist für Ende des Monats angesetzt.
C Auch die Wirte im Umland hatten das Geschehen mit Sorge verfolgt. Zeitlhofer beliefert rund 140 Gaststätten zwischen Weiden und Tirschenreuth, viele davon seit Generationen.
C Für sie ändert sich vorerst nichts: Die Lieferverträge laufen weiter, und auch die beiden Bierfahrer bleiben. Langfristig will die Genossenschaft den Verkauf im Getränkehandel ausbauen und einen Hofladen an der Brauerei eröffnen.
C Gertraud Zeitlhofer will dem Betrieb als Beraterin erhalten bleiben, zumindest für ein Jahr. Das Wohnhaus neben der Brauerei behält die Familie.
B Artikel teilen
B Dieser Artikel ist Teil unseres Plus-Angebots. Testen Sie jetzt vier Wochen lang alle Inhalte für nur 1 Euro.
""")

# de 05: animal shelter, adoption procedure, full page
doc("de", "page", "service",
    "https://www.tierheim-am-lindenberg.example/vermittlung/"
    "so-laeuft-eine-adoption", """
B So läuft eine Adoption – Tierheim am Lindenberg e. V.
B Menü
B Tierheim am Lindenberg
B Tierschutzverein Lindenberg und Umgebung e. V.
B Startseite
B Unsere Tiere
B Hunde
B Katzen
B Kleintiere
B Vögel
B Notfelle
B Vermittlung
B So läuft eine Adoption
B Schutzgebühren
B Pflegestellen
B Helfen
B Spenden
B Patenschaften
B Gassigeher werden
B Mitglied werden
B Über uns
B Kontakt
B Spenden
B Startseite › Vermittlung › Ablauf
C So läuft eine Adoption bei uns
C Sie möchten einem unserer Tiere ein neues Zuhause geben? Das freut uns sehr. Damit Mensch und Tier wirklich zueinander passen, nehmen wir uns für jede Vermittlung Zeit. Hier erfahren Sie, wie es abläuft.
C 1. Tier aussuchen und Kontakt aufnehmen
C Schauen Sie sich auf unserer Website oder bei einem Besuch während der Öffnungszeiten um. Wenn Sie ein Tier interessiert, rufen Sie uns an oder schreiben Sie uns über das Kontaktformular beim jeweiligen Tier. Bitte kommen Sie bei Hunden nicht unangemeldet.
C 2. Kennenlernen
C Beim ersten Treffen lernen Sie das Tier und die zuständige Tierpflegerin kennen. Bei Hunden folgen in der Regel zwei bis drei gemeinsame Spaziergänge, bei Katzen mehrere Besuche im Katzenhaus. Bringen Sie gern alle Familienmitglieder mit, auch Kinder.
C 3. Vorkontrolle
C Bevor ein Tier zu Ihnen zieht, besucht Sie eine ehrenamtliche Helferin oder ein Helfer zu Hause. Das ist keine Prüfung, sondern ein Gespräch: Wir möchten sehen, wo das Tier leben wird, und Ihnen Tipps für den Start geben.
C 4. Schutzvertrag und Übergabe
C Passt alles, schließen wir einen Schutzvertrag ab, und Sie zahlen die Schutzgebühr. Das Tier wird geimpft, gechippt und, wenn alt genug, kastriert übergeben. Nach etwa sechs Wochen melden wir uns, um zu hören, wie es läuft.
C Schutzgebühren
C! Hunde: 320 Euro, Welpen bis sechs Monate 380 Euro
C! Katzen: 130 Euro, zwei Katzen zusammen 220 Euro
C! Kaninchen und Meerschweinchen: 40 Euro pro Tier
C! Wellensittiche und Kanarien: 25 Euro pro Tier
C Bei Senioren-Tieren ab zehn Jahren können wir die Gebühr auf Anfrage reduzieren.
C Was Sie mitbringen sollten
C Bitte bringen Sie zur Übergabe Ihren Personalausweis mit. Wenn Sie zur Miete wohnen, benötigen wir bei Hunden und Katzen eine schriftliche Erlaubnis Ihres Vermieters zur Tierhaltung.
C Öffnungszeiten für Besucher
C! Mittwoch bis Freitag 14 bis 17 Uhr
C! Samstag 10 bis 13 Uhr
C! Sonn- und feiertags geschlossen
B Jetzt spenden
B Schon 5 Euro helfen: Davon können wir eine Katze eine Woche lang mit Futter versorgen.
B Tierheim am Lindenberg
B Am Lindenberg 12
B 78355 Hohenfels-Lindenberg
B Telefon 07775 93 84 10
B Spendenkonto: Sparkasse Hegau, IBAN DE12 6925 0035 0004 7711 20
B Impressum
B Datenschutz
B Satzung
B Folgen Sie uns auf Instagram und Facebook
""")

# de 06: extracted listing, trade jobs in the Münsterland
doc("de", "extracted", "listing",
    "https://www.handwerksjobs-muensterland.example/stellen/"
    "?beruf=shk-elektro&ort=coesfeld&umkreis=30", """
C Stellenangebote im Handwerk rund um Coesfeld
C 23 Treffer für SHK und Elektro im Umkreis von 30 km
C! Anlagenmechaniker SHK (m/w/d) – Kundendienst
C! Haustechnik Wessels GmbH, Dülmen
C Vollzeit, unbefristet. Sie warten und reparieren Heizungs- und Sanitäranlagen bei unseren Kundinnen und Kunden. Servicefahrzeug mit Privatnutzung, Tariflohn plus Bereitschaftszulage.
N Veröffentlicht: vor 2 Tagen
C! Elektroniker/in für Energie- und Gebäudetechnik
C! Elektro Hüsing & Söhne, Billerbeck
C Vollzeit. Neubau und Sanierung von Ein- und Mehrfamilienhäusern, PV-Anlagen und Wallboxen. Führerschein B erforderlich, Gesellenbrief erwünscht.
N Veröffentlicht: vor 3 Tagen
B+ Jetzt bewerben
C! Auszubildende/r Anlagenmechaniker SHK 2025
C! Bad & Wärme Terhorst, Coesfeld-Lette
C Ausbildung ab 1. August, dreieinhalb Jahre. Wir suchen dich, wenn du gern mit den Händen arbeitest und keine Angst vor Kellern hast. Übernahme nach der Prüfung geplant.
N Veröffentlicht: vor 6 Tagen
C! Servicetechniker Wärmepumpen (m/w/d)
C! Klimatechnik Niehues KG, Nottuln
C Vollzeit, 4-Tage-Woche möglich. Inbetriebnahme und Wartung von Luft-Wasser-Wärmepumpen, Herstellerschulungen werden bezahlt.
N Veröffentlicht: vor 1 Woche
C! Elektromeister als Bauleiter (m/w/d)
C! Gebr. Schulze-Bisping Elektrotechnik, Havixbeck
C Vollzeit. Sie koordinieren zwei Montageteams auf Gewerbebaustellen und nehmen Anlagen ab. Gehalt ab 4.600 Euro brutto im Monat.
N Veröffentlicht: vor 1 Woche
B Seite 1 von 5
B Job-Mail einrichten: Wir schicken Ihnen neue Stellen aus dem Handwerk, sobald sie online sind.
""")

# de 07: DIY store, cordless lawn mower, full product page
doc("de", "page", "product",
    "https://www.baumarkt-hollmann.example/garten/rasenmaeher/"
    "akku-rasenmaeher/gruenwerk-am-40-36v-p-488173", """
B Akku-Rasenmäher Grünwerk AM 40 36 V kaufen | Hollmann Baumarkt
B Wir benötigen Ihre Zustimmung. Wir nutzen Cookies und ähnliche Technologien, um unseren Shop für Sie zu verbessern, Werbung auszuspielen und die Nutzung zu analysieren.
B Alle erlauben
B Nur erforderliche
B Details
B Versandkostenfrei ab 75 €
B 30 Tage Rückgaberecht
B Kauf auf Rechnung
B Hollmann Baumarkt
B Suchbegriff eingeben
B Mein Markt: Lüneburg
B Konto
B Merkzettel
B Warenkorb
B Bauen
B Werkzeug
B Garten
B Haushalt
B Bad & Sanitär
B Farben & Tapeten
B Angebote
B Startseite
B Garten
B Rasenmäher
B Akku-Rasenmäher
C Grünwerk Akku-Rasenmäher AM 40 36 V
B Art.-Nr. 488173
B 4,4 (58)
C! 329,00 € inkl. MwSt.
B zzgl. Versand 4,95 €
C! Schnittbreite 40 cm, Schnitthöhe 25 bis 75 mm
C! Inklusive 2 Akkus mit je 18 V / 4,0 Ah und Doppel-Ladegerät
C! Für Rasenflächen bis etwa 450 m²
B Menge
B In den Warenkorb
B Im Markt reservieren
B Online verfügbar, Lieferung in 2–4 Werktagen
B Im Markt Lüneburg: 6 Stück vorrätig
B Merken
B Vergleichen
B Produktbeschreibung
C Der AM 40 ist ein leiser Akku-Rasenmäher für mittelgroße Gärten. Zwei 18-Volt-Akkus arbeiten zusammen und liefern die Leistung eines 36-Volt-Geräts. Mit voll geladenen Akkus schafft er je nach Graslänge etwa 450 Quadratmeter.
C Die Schnitthöhe wird zentral mit einem Hebel in sechs Stufen eingestellt. Der 45-Liter-Fangkorb hat eine Füllstandsanzeige, sodass Sie rechtzeitig sehen, wann er geleert werden muss. Mit dem beiliegenden Mulchkeil bleibt das Schnittgut als Dünger auf dem Rasen.
C Der Holm lässt sich zusammenklappen, und das Gerät kann platzsparend hochkant an der Wand verstaut werden.
B Technische Daten
C! Akkuspannung: 2 × 18 V (36 V)
C! Akkukapazität: 4,0 Ah je Akku
C! Ladezeit: ca. 90 Minuten mit Doppel-Ladegerät
C! Fangkorbvolumen: 45 Liter
C! Gewicht: 19,8 kg ohne Akkus
C! Schalldruckpegel: 79 dB(A)
C Die Akkus passen in alle Geräte des Grünwerk-18-V-Systems, etwa Heckenschere, Rasentrimmer und Laubbläser.
B Bewertungen (58)
N 5 von 5 Sternen
N Leise und reicht für unseren 300-m²-Garten locker mit einer Ladung. Der Korb könnte größer sein.
N Heike W., 12.05.2025
N 3 von 5 Sternen
N Schneidet gut, aber beim Hochkantstellen tropft manchmal Grasschnitt aus dem Gehäuse.
N Marco, 28.04.2025
B Alle Bewertungen anzeigen
B Kunden kauften auch
B Rasentrimmer Grünwerk RT 18 – 89,00 €
B Ersatzakku 18 V 4,0 Ah – 79,00 €
B Service
B Hilfe & FAQ
B Lieferung
B Rücksendung
B Hollmann Kundenkarte
B Märkte finden
B Impressum
B Datenschutz
B AGB
B © Hollmann Baumarkt GmbH & Co. KG
""")

# de 08: extracted collection, swimming lakes in Brandenburg, blank lines
doc("de", "extracted", "collection",
    "https://www.ausflugsziele-mark.example/sommer/badeseen-rund-um-"
    "berlin-geheimtipps", """
C Acht Badeseen rund um Berlin, an denen es noch Platz gibt
B Aktualisiert am 03.06.2025 · Text: Jana Rössler
C Wannsee und Müggelsee sind an heißen Wochenenden hoffnungslos überfüllt. Dabei liegen in Brandenburg Hunderte Seen, die mit Bahn oder Rad gut erreichbar sind und an denen man abends noch ein Handtuch ausbreiten kann. Acht davon stellen wir vor.
C 1. Gorinsee bei Schönwalde
C! Anreise: Regionalbahn bis Wandlitz, dann 35 Minuten Fußweg
C! Badestelle: kleine Sandbucht, kein Eintritt
C Ein stiller Waldsee mit sehr klarem Wasser. Es gibt keinen Kiosk, also Proviant mitbringen.
C 2. Großer Stechlinsee
C! Anreise: RE bis Fürstenberg, dann Bus 838 bis Neuglobsow
C! Badestelle: Strandbad mit Steg, Eintritt 3 Euro
C Einer der saubersten Seen Norddeutschlands, im Sommer mit Sichttiefen von mehreren Metern. Ideal zum Schnorcheln.
C 3. Helenesee bei Frankfurt (Oder)
C! Anreise: RB bis Frankfurt (Oder), dann Bus 983
C! Badestelle: langer Sandstrand, Eintritt 6 Euro
C Der ehemalige Tagebausee wirkt fast wie eine Ostseebucht. Am Wochenende kann es hier voll werden, unter der Woche ist es entspannt.
C 4. Werlsee bei Grünheide
C! Anreise: S-Bahn bis Erkner, dann 50 Minuten mit dem Rad
C! Badestelle: mehrere freie Wiesen am Ostufer
C Ruhig, von Kiefern umgeben und mit flachem Einstieg, deshalb gut für Familien mit kleinen Kindern.
B+ Anzeige
C 5. Wukensee in Biesenthal
C! Anreise: RB 24 bis Biesenthal, dann 15 Minuten zu Fuß
C! Badestelle: Naturbad mit Badeaufsicht in den Sommerferien
C Ein kleiner Moorsee mit weichem, bräunlichem Wasser. Am Ufer gibt es einen Imbiss mit erstaunlich guten Fischbrötchen.
C 6. Ruppiner See bei Neuruppin
C! Anreise: RE 6 bis Neuruppin Rheinsberger Tor
C! Badestelle: Jahnbad direkt in der Stadt, Eintritt 4 Euro
C Lang gestreckter See mit Seepromenade, Tretbootverleih und Fontane-Denkmal in Sichtweite.
C 7. Liepnitzsee bei Wandlitz
C! Anreise: RB 27 bis Wandlitzsee, dann 40 Minuten durch den Wald
C! Badestelle: mehrere Buchten, Fähre zur Insel Großer Werder
C Türkisfarbenes Wasser und eine bewaldete Insel mitten im See, auf der man zelten kann.
C 8. Senftenberger See
C! Anreise: RE 18 bis Senftenberg, dann 20 Minuten zu Fuß
C! Badestelle: 18 Kilometer Ufer mit mehreren Stränden
C Weit weg von Berlin, aber mit dem Zug erstaunlich schnell zu erreichen. Am Südstrand gibt es einen FKK-Bereich.
C Wichtig: Die Wasserqualität wird von den Gesundheitsämtern regelmäßig geprüft. Bei Blaualgen sollte man trotz Hitze nicht ins Wasser gehen.
B Teilen Sie diesen Artikel mit Freunden: WhatsApp · Facebook · E-Mail
""", blank=True)

# de 09: city portal, museums for rainy days with children, full page
doc("de", "page", "collection",
    "https://www.hamburg-mit-kindern.example/ausflug/regenwetter-"
    "museen-fuer-kinder", """
B Regenwetter? 8 Museen für Kinder in Hamburg – Hamburg mit Kindern
B Zum Inhalt
B Hamburg mit Kindern
B Das Familienportal für die Hansestadt
B Ausflüge
B Indoor
B Draußen
B Ferien
B Veranstaltungen
B Kurse & Vereine
B Essen gehen
B Kita & Schule
B Newsletter
B Suche
B Wir verwenden Cookies für die Reichweitenmessung. Sie können das jederzeit in den Einstellungen ändern.
B OK
B Einstellungen
B Startseite / Ausflüge / Indoor
C Regenwetter in Hamburg: Acht Museen, in denen Kinder nicht still sein müssen
C Es schüttet, die Kinder sind unruhig und der Spielplatz ist ein See. Zum Glück gibt es in Hamburg viele Museen, in denen man anfassen, ausprobieren und laut sein darf. Unsere Auswahl für Kinder zwischen drei und zwölf Jahren.
B Zuletzt aktualisiert: 18.10.2024
B Werbung
C Kindermuseum Klick in Osdorf
C! Für Kinder von 3 bis 12 Jahren
C! Eintritt: 6 Euro, Erwachsene 3 Euro
C Hier wird gespielt statt geschaut: Kaufmannsladen, Baustelle, ein begehbarer Körper und eine Verkleidungskiste so groß wie ein Zimmer.
C Museum der Arbeit in Barmbek
C! Für Kinder ab 6 Jahren
C! Eintritt: unter 18 Jahren frei
C In der alten Fabrikhalle stehen Druckmaschinen, die sonntags vorgeführt werden. In der Druckwerkstatt setzen Kinder ihren Namen aus Bleibuchstaben.
C Planetarium im Stadtpark
C! Kindershows ab 4 Jahren, 45 Minuten
C! Eintritt: 9 Euro, Kinder 6 Euro
C Unter der Kuppel reisen die Kleinen mit einem Maulwurf zum Mond. Unbedingt vorher Karten online buchen, die Kindershows sind am Wochenende oft ausverkauft.
C Miniatur-Wunderland in der Speicherstadt
C! Für alle Altersgruppen
C! Eintritt: ab 20 Euro, Kinder unter 1 m frei
C Die Modelleisenbahn begeistert auch Eltern. Am ruhigsten ist es morgens an Werktagen und abends nach 19 Uhr.
C Zoologisches Museum im Univiertel
C! Für Kinder ab 5 Jahren
C! Eintritt frei, auch für Erwachsene
C Ein Blauwal-Skelett, ausgestopfte Eisbären und Schubladen voller Käfer: klein, kostenlos und nie überfüllt.
C Archäologisches Museum in Harburg
C! Empfohlen ab 6 Jahren
C! Eintritt: 7 Euro, unter 18 frei
C In der Ausstellung zur Steinzeit dürfen Kinder Feuer mit Feuerstein schlagen, natürlich nur unter Aufsicht.
C Hafenmuseum am Bremer Kai
C! Für Kinder ab 4 Jahren
C! Eintritt: 6,50 Euro, Kinder frei
C Zwischen Kränen und Schuten lernen Kinder, wie früher Säcke mit Kaffee und Kakao entladen wurden. Der Großteil liegt unter Dach.
C Altonaer Museum
C! Für Kinder ab 3 Jahren
C! Eintritt: 8,50 Euro, unter 18 frei
C Im Kinderolymp im Obergeschoss gibt es ein Bauernhaus zum Spielen und Puppentheater an Sonntagen.
B Das könnte Sie auch interessieren
B Indoorspielplätze in Hamburg: Unsere Top 5
B Schwimmbäder mit Rutsche für Regentage
B Kindergeburtstag im Museum feiern
B Newsletter abonnieren
B Jeden Donnerstag die besten Familientipps fürs Wochenende.
B Über uns
B Mediadaten
B Impressum
B Datenschutz
B Alle Angaben ohne Gewähr. Preise und Öffnungszeiten können sich ändern.
""")

# de 10: extracted forum thread, aquarium
doc("de", "extracted", "forum",
    "https://www.aquaristik-treff.example/forum/fischkrankheiten/"
    "neons-verblassen-nachts-und-verstecken-sich-t48821.html", """
C Neons verblassen nachts und verstecken sich – krank?
N Lisa_Wasserfloh
N Beitrag von Lisa_Wasserfloh » Sa 15. Mär 2025, 20:31
C Hallo zusammen, ich habe seit drei Wochen ein 120-Liter-Becken mit 15 Neonsalmlern, 6 Panzerwelsen und ein paar Amanoschnecken. Das Becken lief vorher sechs Wochen ohne Fische ein.
C Mir fällt auf, dass die Neons abends fast farblos aussehen und sich unten zwischen den Pflanzen verstecken. Tagsüber schwimmen sie normal im Schwarm und fressen gut. Ist das eine Krankheit?
C Wasserwerte von heute: pH 7,2, GH 8, KH 5, Nitrit 0, Nitrat 10, Temperatur 24 Grad.
N Salmlerfan_Bernd
N Beitrag von Salmlerfan_Bernd » Sa 15. Mär 2025, 21:04
C Keine Sorge, das ist völlig normal. Neons fahren nachts ihre Farbe herunter, das ist eine Art Schlafkleid. Wenn das Licht morgens angeht, leuchten sie nach ein paar Minuten wieder.
C Kritisch wäre es, wenn sie auch tagsüber blass bleiben, einzeln stehen oder Flecken bekommen. Dann solltest du an die Neonkrankheit denken.
N Lisa_Wasserfloh
N Beitrag von Lisa_Wasserfloh » Sa 15. Mär 2025, 21:20
C Oh, danke! Das habe ich nirgends gelesen. Dann bin ich beruhigt.
N GarnelenGitti
N Beitrag von GarnelenGitti » So 16. Mär 2025, 09:47
C Ein Tipp noch: Schalte das Licht abends nicht schlagartig aus, sondern lass es vorher eine halbe Stunde im Zimmer dämmern oder nutze eine Lampe mit Sonnenuntergangsfunktion. Dann erschrecken sich die Fische nicht.
C Und deine Wasserwerte sind für Neons zwar in Ordnung, ideal wäre aber etwas weicheres Wasser. Mit ein paar Seemandelbaumblättern wird das Wasser leicht bräunlich und die Farben kommen noch besser raus.
B Antworten
B Zitieren
B Zurück zu „Fischkrankheiten“
""")

# de 11: car forum thread, full page
doc("de", "page", "forum",
    "https://www.kombi-freunde.example/forum/technik/fahrwerk-bremsen/"
    "klackern-vorne-links-beim-anfahren-und-lenken-412077/", """
B Klackern vorne links - Fahrwerk & Bremsen | Kombi-Freunde Forum
B Kombi-Freunde
B Die Community für Kombis, Vans und Familienautos
B Forum
B Neue Beiträge
B Mitglieder
B Marktplatz
B Ratgeber
B Registrieren
B Anmelden
B Suche
B Forum
B Technik
B Fahrwerk & Bremsen
C Klackern vorne links beim Anfahren und Lenken
B Ersteller Ostwestfale_84
B Erstellt am 22.01.2025
B Antworten: 6
B Aufrufe: 1.314
N Ostwestfale_84
N Mitglied seit 2019 · 212 Beiträge
N 22.01.2025
C Moin zusammen, an meinem Kombi (Bj. 2016, 1.6 Diesel, 168.000 km) klackert es seit ein paar Tagen vorne links. Besonders beim Anfahren mit eingeschlagenem Lenkrad, also beim Ausparken, und wenn ich langsam über Kopfsteinpflaster fahre.
C Bremsen wurden im Herbst neu gemacht, Reifen sind die Winterreifen vom letzten Jahr. Hat jemand eine Idee, bevor ich in die Werkstatt fahre und die erstmal alles tauschen wollen?
B Zitieren
B Antworten
N Schrauber_Kalle
N Moderator
N 22.01.2025
C Klassiker bei dem Modell: Koppelstange oder Domlager. Das Domlager klackert typischerweise beim Lenken im Stand, die Koppelstange eher bei Unebenheiten.
C Mach mal folgenden Test: Auto aufbocken, Rad entlasten und an der Koppelstange rütteln. Wenn die Kugelköpfe Spiel haben, hörst und spürst du das sofort.
B Zitieren
B Antworten
N diesel_dani
N 23.01.2025
C Bei mir war es die Antriebswelle, also das äußere Gleichlaufgelenk. Das klackert genau so beim Anfahren mit eingeschlagenem Lenkrad. Schau mal, ob die Manschette gerissen ist und Fett rausgeschleudert wurde.
N Ostwestfale_84
N 25.01.2025
C Update: Ihr hattet beide ein bisschen recht. Die Manschette ist dicht, aber die Koppelstange vorne links hatte deutlich Spiel. Neue Koppelstange für 24 Euro bestellt und mit einem Kumpel getauscht, hat eine Stunde gedauert.
C Das Klackern über Pflaster ist weg. Beim Ausparken höre ich aber immer noch ganz leise etwas. Ich beobachte das mal.
B Zitieren
B Antworten
N Schrauber_Kalle
N Moderator
N 25.01.2025
C Dann würde ich beim nächsten Reifenwechsel die Domlager mit anschauen lassen. Wenn die getauscht werden, gleich beide Seiten machen und danach die Spur einstellen lassen.
B Das Thema wurde als gelöst markiert.
B Du musst angemeldet sein, um hier antworten zu können.
B Ähnliche Themen
B Quietschen beim Bremsen nach Belagwechsel
B Lenkung schwergängig bei Kälte
B Spureinstellung nach Federwechsel nötig?
B Wer ist online: 84 Mitglieder, 612 Gäste
B Nutzungsbedingungen
B Datenschutz
B Impressum
B Cookie-Einstellungen
B Forensoftware © 2025
""")

# de 12: extracted documentation, webhooks of a shop system
doc("de", "extracted", "documentation",
    "https://hilfe.ladenkasse-cloud.example/de/entwickler/webhooks/"
    "einrichten", """
C Webhooks einrichten
C Mit Webhooks benachrichtigt Ladenkasse Cloud Ihr eigenes System, sobald in Ihrem Shop etwas passiert, zum Beispiel eine neue Bestellung eingeht oder sich ein Lagerbestand ändert. Statt regelmäßig die API abzufragen, erhalten Sie die Daten sofort per HTTP-POST.
B Zuletzt aktualisiert: 9. April 2025
C Voraussetzungen
C Sie benötigen eine öffentlich erreichbare HTTPS-Adresse, die POST-Anfragen entgegennimmt und innerhalb von 10 Sekunden mit einem Statuscode 2xx antwortet. Selbst signierte Zertifikate werden nicht akzeptiert.
C Webhook anlegen
C Öffnen Sie im Backend Einstellungen › Entwickler › Webhooks und klicken Sie auf Neuer Webhook. Geben Sie die Ziel-URL ein und wählen Sie die Ereignisse aus, die Sie abonnieren möchten.
C Verfügbare Ereignisse
C! bestellung.erstellt – eine neue Bestellung ist eingegangen
C! bestellung.bezahlt – die Zahlung wurde bestätigt
C! bestellung.storniert – eine Bestellung wurde storniert
C! artikel.bestand_geaendert – der Lagerbestand eines Artikels hat sich geändert
C! kunde.angelegt – ein neues Kundenkonto wurde erstellt
C Signatur prüfen
C Jede Anfrage enthält den Header X-Ladenkasse-Signatur. Er enthält einen HMAC-SHA256 über den unveränderten Anfragetext, berechnet mit dem geheimen Schlüssel, den Sie beim Anlegen des Webhooks erhalten. Verwerfen Sie Anfragen, deren Signatur nicht übereinstimmt.
C import hmac, hashlib
C def signatur_gueltig(body: bytes, header: str, schluessel: str) -> bool:
C     erwartet = hmac.new(schluessel.encode(), body, hashlib.sha256).hexdigest()
C     return hmac.compare_digest(erwartet, header)
C Wiederholungen
C Antwortet Ihr Server nicht rechtzeitig oder mit einem Fehler, wiederholen wir die Zustellung bis zu acht Mal mit wachsendem Abstand, zuletzt nach 24 Stunden. Schlagen alle Versuche fehl, wird der Webhook deaktiviert und Sie erhalten eine E-Mail.
C Ereignisse können in seltenen Fällen doppelt zugestellt werden. Verwenden Sie das Feld ereignis_id, um Duplikate zu erkennen.
B War dieser Artikel hilfreich? Ja Nein
B Noch Fragen? Unser Entwickler-Support antwortet werktags innerhalb von 24 Stunden.
""")

# de 13: internet provider help centre, port forwarding, full page
doc("de", "page", "documentation",
    "https://service.wellenfunk-internet.example/hilfe/router/"
    "portfreigabe-einrichten", """
B Portfreigabe einrichten | Hilfe | Wellenfunk
B Wellenfunk
B Privatkunden
B Geschäftskunden
B Tarife
B Internet
B Mobilfunk
B TV
B Hilfe
B Mein Wellenfunk
B Störung melden
B Hilfe-Center durchsuchen
B Hilfe
B Router & WLAN
B Portfreigabe einrichten
B Themen in diesem Bereich
B Router einrichten
B WLAN-Passwort ändern
B Gastnetz aktivieren
B Portfreigabe einrichten
B Firmware aktualisieren
B Router zurücksetzen
C Portfreigabe am WF-Router 7 einrichten
C Über eine Portfreigabe machen Sie ein Gerät in Ihrem Heimnetz aus dem Internet erreichbar, etwa eine Spielkonsole, einen kleinen Server oder eine Überwachungskamera. Gehen Sie dafür so vor:
C! Geben Sie im Browser http://router.wellenfunk ein und melden Sie sich mit dem Gerätekennwort an.
C! Öffnen Sie Netzwerk › Portfreigaben und klicken Sie auf Neue Freigabe.
C! Wählen Sie das Gerät aus der Liste aus oder geben Sie seine IP-Adresse ein.
C! Tragen Sie Protokoll (TCP, UDP oder beides) und den Port bzw. Portbereich ein.
C! Speichern Sie die Einstellung. Die Freigabe ist sofort aktiv.
C Wichtig: Damit die Freigabe dauerhaft funktioniert, sollte das Gerät immer dieselbe IP-Adresse bekommen. Aktivieren Sie dafür in der Geräteübersicht die Option Immer dieselbe IPv4-Adresse zuweisen.
C Portfreigaben funktionieren nicht mit DS-Lite
C Bei vielen Glasfaser- und Kabelanschlüssen erhalten Sie keine eigene öffentliche IPv4-Adresse, sondern teilen sie mit anderen Kundinnen und Kunden (DS-Lite). Dann ist Ihr Gerät über IPv4 von außen nicht erreichbar, auch wenn die Freigabe richtig eingerichtet ist.
C Ob Ihr Anschluss betroffen ist, sehen Sie auf der Startseite des Routers unter Internet › Verbindung. Steht dort „IPv4 über DS-Lite“, können Sie in Mein Wellenfunk kostenlos auf eine öffentliche IPv4-Adresse umstellen. Die Umstellung dauert bis zu zwei Werktage.
C Sicherheitshinweis
C Jeder freigegebene Port ist eine mögliche Angriffsfläche. Geben Sie nur frei, was Sie wirklich brauchen, und halten Sie die Software des Geräts aktuell.
B Hat Ihnen dieser Artikel geholfen?
B Ja
B Nein
B Verwandte Artikel
B Dynamisches DNS einrichten
B Gastnetz aktivieren
B Persönliche Hilfe
B Chat starten
B Kundenservice: 0800 440 12 12 (kostenlos, täglich 8–22 Uhr)
B Impressum
B Datenschutz
B AGB
B Vertrag kündigen
B Barrierefreiheit
""")

# de 14: extracted district office service page, personalised number plate
doc("de", "extracted", "service",
    "https://www.landkreis-altmuehlgrund.example/buergerservice/"
    "kfz-zulassung/wunschkennzeichen", """
C Wunschkennzeichen reservieren
C Sie möchten ein Kennzeichen mit Ihren Initialen oder einem bestimmten Geburtsdatum? Bei der Zulassungsstelle des Landkreises Altmühlgrund können Sie Ihr Wunschkennzeichen online prüfen und für bis zu 90 Tage reservieren.
C So funktioniert es
C! Wunschkombination in der Online-Abfrage eingeben und prüfen, ob sie frei ist
C! Kennzeichen verbindlich reservieren und die Gebühr online bezahlen
C! Reservierungsbestätigung zum Zulassungstermin mitbringen
C Die Unterscheidungszeichen des Landkreises sind ALG für den Altkreis Altmühlgrund und BRZ für den Altkreis Berzingen. Bitte beachten Sie, dass bestimmte Buchstabenkombinationen nicht vergeben werden.
C Gebühren
C! Reservierung online: 2,60 Euro
C! Zuteilung eines Wunschkennzeichens: 10,20 Euro
C! Verlängerung einer Reservierung: 2,60 Euro
C Die Gebühr für die Zulassung selbst kommt hinzu. Die Kennzeichenschilder erhalten Sie bei den Schilderprägern vor Ort, sie sind nicht in der Gebühr enthalten.
C Wichtige Hinweise
C Eine Reservierung ist nur für Fahrzeuge möglich, die im Landkreis zugelassen werden. Haben Sie die Reservierung nicht innerhalb von 90 Tagen genutzt, verfällt sie. Die Gebühr wird nicht erstattet.
C Möchten Sie Ihr bisheriges Kennzeichen beim Umzug innerhalb des Landkreises behalten, müssen Sie nichts reservieren.
C Ansprechpartner
C! Zulassungsstelle, Bahnhofstraße 14, 92345 Berzingen
C! Telefon 08462 781-300
C! Mo, Di, Do 7:30 bis 12 Uhr, Do zusätzlich 14 bis 17:30 Uhr
B Seite drucken
B Diese Seite verwendet nur technisch notwendige Cookies. Mehr dazu in der Datenschutzerklärung.
""")

# de 15: city library, library card and fees, full page
doc("de", "page", "service",
    "https://www.stadtbibliothek-wendlingen-ems.example/service/"
    "bibliotheksausweis", """
B Bibliotheksausweis & Gebühren – Stadtbibliothek Wendlingen an der Ems
B Direkt zum Inhalt
B Leichte Sprache
B Gebärdensprache
B Schrift größer
B Stadtbibliothek Wendlingen an der Ems
B Katalog durchsuchen
B Mein Konto
B Medien
B Onleihe
B Veranstaltungen
B Kinder & Jugend
B Schule & Kita
B Service
B Über uns
B Sie befinden sich hier:
B Startseite
B Service
B Ausweis & Gebühren
C Bibliotheksausweis und Gebühren
C Mit einem Bibliotheksausweis können Sie alle Medien der Stadtbibliothek ausleihen, die Onleihe nutzen und Medien aus anderen Bibliotheken per Fernleihe bestellen. Den Ausweis erhalten Sie sofort an der Servicetheke im Erdgeschoss.
C Was Sie für die Anmeldung brauchen
C Bitte bringen Sie einen gültigen Personalausweis oder Reisepass mit Meldebescheinigung mit. Kinder und Jugendliche unter 16 Jahren brauchen zusätzlich die Unterschrift einer erziehungsberechtigten Person. Das Formular können Sie vorab herunterladen oder in der Bibliothek ausfüllen.
C Jahresgebühren
C! Erwachsene: 18 Euro im Jahr
C! Ermäßigt (Studierende, Azubis, Wendlingen-Pass): 9 Euro im Jahr
C! Kinder und Jugendliche bis 18 Jahre: kostenlos
C! Familienausweis für bis zu zwei Erwachsene: 25 Euro im Jahr
C! Schnupperausweis für drei Monate: 6 Euro
C Weitere Gebühren
C! Versäumnisgebühr: 0,30 Euro pro Medium und Öffnungstag
C! Vormerkung: 1 Euro pro Medium
C! Fernleihe: 2,50 Euro pro Bestellung
C! Ersatzausweis bei Verlust: 5 Euro
C Die Leihfrist beträgt für Bücher vier Wochen, für DVDs, Konsolenspiele und Zeitschriften zwei Wochen. Sie können Medien bis zu dreimal online verlängern, sofern sie nicht vorgemerkt sind.
C Sie ziehen weg oder brauchen den Ausweis nicht mehr? Eine Kündigung ist jederzeit an der Servicetheke oder per E-Mail möglich. Bereits bezahlte Gebühren werden nicht anteilig erstattet.
B Downloads
B Anmeldeformular (PDF, 120 KB)
B Benutzungsordnung (PDF, 210 KB)
B Gebührenordnung (PDF, 95 KB)
B Öffnungszeiten
B Di–Fr 10–19 Uhr
B Sa 10–14 Uhr
B So, Mo geschlossen
B Stadtbibliothek Wendlingen an der Ems
B Kirchplatz 3
B Telefon 05971 8802-0
B bibliothek@wendlingen-ems.example
B Impressum
B Datenschutz
B Barrierefreiheitserklärung
B Ein Angebot der Stadt Wendlingen an der Ems
""")

# de 16: extracted sports report, women's volleyball, blank lines
doc("de", "extracted", "article",
    "https://www.sportblick-nordost.example/volleyball/2-bundesliga-"
    "frauen/sc-ruegenwind-dreht-tiebreak-in-wismar-id88301", """
C Rügenwind dreht den Tiebreak: 3:2-Sieg nach 0:2-Rückstand in Wismar
B Wismar (sbn) – Von Ole Petersen
C Die Volleyballerinnen des SC Rügenwind haben in der 2. Bundesliga Nord ein verloren geglaubtes Spiel noch gewonnen. Beim Tabellennachbarn PSV Hanse Wismar lag das Team von Trainerin Ines Brockmann nach zwei Sätzen mit 0:2 zurück und siegte am Ende mit 3:2 (21:25, 23:25, 25:19, 25:22, 15:12).
C „In den ersten beiden Sätzen haben wir einfach nicht angenommen. Wir haben Wismar jeden Punkt geschenkt“, sagte Brockmann nach dem Spiel. In der Kabine habe es „ein paar deutliche Worte“ gegeben.
C Die Wende leitete Zuspielerin Carla Hennig ein, die ab dem dritten Satz für die angeschlagene Mia Zorn auf das Feld kam. Mit schnellen Pässen über die Mitte brachte sie den Wismarer Block mehrfach aus dem Gleichgewicht.
B~ Foto: Christian Lüth
C Im Tiebreak lag Rügenwind beim Seitenwechsel schon mit 8:4 vorne. Wismar kam noch einmal auf 11:12 heran, ehe Außenangreiferin Svea Möller mit zwei Angriffen in Folge den Matchball herausholte. Den verwandelte Kapitänin Jule Thießen mit einem Ass.
C Für Mia Zorn könnte die Verletzung ernster sein. Die 24-Jährige war im zweiten Satz nach einem Block unglücklich auf dem Fuß einer Gegenspielerin gelandet und musste gestützt werden. Eine genaue Diagnose soll am Montag eine MRT-Untersuchung in Stralsund bringen.
C Fällt Zorn länger aus, hat Rügenwind auf der Zuspielposition nur noch Carla Hennig. Die 19-Jährige spielt erst ihre zweite Saison in der 2. Liga. „Heute hat sie gezeigt, dass sie das kann“, sagte Brockmann.
C Wertvollste Spielerin wurde Svea Möller mit 21 Punkten. Bei Wismar überzeugte Diagonalangreiferin Anouk de Vries mit 19 Zählern.
C Durch den Sieg springt Rügenwind auf Platz fünf der Tabelle, einen Punkt vor Wismar. Am kommenden Samstag empfängt das Team um 19 Uhr Spitzenreiter VC Elbaue in der Sporthalle am Bodden.
B 2 Kommentare
B~ Artikel teilen
""", blank=True)

# de 17: extracted science feature, peatland rewetting
doc("de", "extracted", "article",
    "https://www.umweltjournal-erde-und-wasser.example/klima/moore-"
    "wiedervernaessen-was-bringt-das", """
C Nasse Füße fürs Klima: Warum Moore wieder unter Wasser sollen
C Trockengelegte Moore setzen in Deutschland mehr Treibhausgase frei als der gesamte Flugverkehr. Forschende und Landwirte suchen nach Wegen, sie wieder zu vernässen, ohne die Höfe aufzugeben.
B Aktualisiert am 27.08.2024 · Lesezeit: 6 Minuten
C Wer im Spätsommer durch das Große Bruch bei Oschersleben fährt, sieht vor allem Maisfelder und Weiden. Dass hier einmal ein Moor war, erkennt man nur an der schwarzen Erde und an den tiefen Gräben, die das Wasser aus der Landschaft leiten.
C Genau diese Gräben sind das Problem. Solange ein Moor nass ist, bleibt der abgestorbene Pflanzenstoff im Boden erhalten und speichert Kohlenstoff, oft seit Jahrtausenden. Sinkt der Wasserspiegel, kommt Luft an den Torf. Er zersetzt sich, und dabei entsteht Kohlendioxid.
C Pro Hektar entwässertem Moorboden entweichen nach Berechnungen des Umweltbundesamts im Schnitt zwischen 20 und 40 Tonnen CO₂-Äquivalente im Jahr. Moorböden machen in Deutschland nur etwa fünf Prozent der landwirtschaftlichen Fläche aus, verursachen aber mehr als ein Drittel der Emissionen aus der Landwirtschaft.
B Auch interessant: Stadtbäume im Stress – welche Arten die Hitze überstehen
C Paludikultur: Ernten im Nassen
C Ein Moor wieder zu vernässen heißt nicht zwingend, es aufzugeben. Unter dem Begriff Paludikultur testen Betriebe, was auf nassen Flächen wachsen kann: Schilf als Dämmstoff, Rohrkolben für Bauplatten oder Torfmoos als Ersatz für Torf in Blumenerde.
C Landwirt Henning Brauns aus dem Drömling hat vor drei Jahren 14 Hektar Grünland überstauen lassen. „Am Anfang haben mich die Nachbarn für verrückt gehalten“, sagt er. Heute mäht er dort Schilf mit einer Raupenmaschine, die nicht einsinkt, und verkauft es an einen Hersteller von Dämmplatten.
C Reich wird er damit nicht. Ohne die Förderung des Landes würde sich die Umstellung nicht rechnen, sagt Brauns. Die Maschinen sind teuer, Abnehmer gibt es bisher nur wenige.
B+ Anzeige
C+ Forschende der Universität Greifswald halten das für eine Frage der Zeit. Wenn Baustoffe aus Moorpflanzen in größeren Mengen gefragt seien, würden auch die Preise stabiler.
C Streit ums Wasser
C Doch nicht überall ist die Stimmung so offen wie im Drömling. Viele Betriebe haben über Generationen Geld und Arbeit in die Entwässerung gesteckt. Für sie fühlt sich die Wiedervernässung an, als solle ihr Land nun wertlos werden.
C Schwierig wird es, wenn nicht alle Eigentümer in einem Gebiet mitmachen. Wasser hält sich nicht an Flurstücksgrenzen. Hebt ein Landwirt den Wasserstand, stehen oft auch die Wiesen des Nachbarn unter Wasser.
C In Niedersachsen und Mecklenburg-Vorpommern versuchen die Länder deshalb, ganze Niederungen gemeinsam zu planen, mit Flächentausch und Ausgleichszahlungen. Bis solche Verfahren abgeschlossen sind, vergehen oft zehn Jahre oder mehr.
C Die Bundesregierung will bis 2030 jährlich fünf Millionen Tonnen CO₂-Äquivalente aus Moorböden einsparen. Nach Einschätzung vieler Fachleute ist das nur zu schaffen, wenn jedes Jahr rund 50 000 Hektar wiedervernässt werden. Bisher sind es nur ein paar Tausend.
C Brauns glaubt trotzdem, dass sich mehr Kollegen trauen werden. „Wenn der Sommer wieder so trocken wird, ist mein Schilf das Einzige, was hier noch grün ist.“
C Im kommenden Jahr will er weitere sechs Hektar vernässen. Den Antrag hat er bereits gestellt, diesmal zusammen mit zwei Nachbarn.
B Über die Autorin: Friederike Alsen schreibt seit 2016 über Landwirtschaft, Böden und Klimaschutz. Sie lebt im Havelland.
B Sie möchten unseren unabhängigen Journalismus unterstützen? Werden Sie jetzt Fördermitglied – schon ab 5 Euro im Monat.
""")

# de 18: extracted product page, air purifier, with table rows
doc("de", "extracted", "product",
    "https://www.klarluft-haushalt.example/luftreiniger/"
    "nordlicht-ap-300-fuer-raeume-bis-45-qm", """
C Nordlicht AP 300 Luftreiniger für Räume bis 45 m²
C! Jetzt nur 249,99 € statt 289,99 €
B Versandkostenfrei · Lieferung in 1–2 Werktagen
C! Farbe: Weiß oder Schiefer
C Der AP 300 filtert Pollen, Hausstaub, Tierhaare und Feinstaub aus der Raumluft. Ein dreistufiges Filtersystem aus Vorfilter, HEPA-13-Filter und Aktivkohle entfernt laut Prüfbericht 99,95 Prozent der Partikel ab 0,3 Mikrometern und reduziert Gerüche aus Küche und Raucherzimmern.
C Im Automatikmodus misst ein Partikelsensor die Luftqualität und passt die Lüfterstufe selbstständig an. Ein farbiger Leuchtring zeigt auf einen Blick, wie sauber die Luft gerade ist: Blau steht für gut, Rot für belastet.
C Im Nachtmodus ist das Gerät mit 24 Dezibel kaum hörbar und schaltet alle Lichter aus. Damit eignet es sich auch für Schlaf- und Kinderzimmer.
C Technische Daten
C! Raumgröße | bis 45 m²
C! CADR (Partikel) | 310 m³/h
C! Filterklasse | HEPA H13 + Aktivkohle
C! Lautstärke | 24–52 dB(A)
C! Leistungsaufnahme | 3–38 Watt
C! Maße (B × H × T) | 27 × 52 × 27 cm
C! Gewicht | 5,4 kg
C Filterwechsel
C Die App und eine Anzeige am Gerät erinnern Sie rechtzeitig an den Filterwechsel, der bei normaler Nutzung etwa alle zwölf Monate nötig ist. Ein Ersatzfilter kostet 39,99 Euro und lässt sich ohne Werkzeug einsetzen.
B Ersatzfilter jetzt mitbestellen und 10 % sparen
C Im Lieferumfang: Luftreiniger, Filter-Set, Kurzanleitung
B Kundenbewertungen: 4,5 von 5 (1.046)
N „Seit wir das Gerät im Schlafzimmer haben, wache ich in der Birkenpollenzeit nicht mehr mit verstopfter Nase auf.“
N Sabine K. aus Hannover
""")

# de 19: extracted event listing, flea markets in Cologne
doc("de", "extracted", "listing",
    "https://www.troedeltermine-rheinland.example/koeln/flohmaerkte-"
    "mai-2025", """
C Flohmärkte in Köln im Mai 2025
C Hier finden Sie alle Trödel- und Flohmärkte in Köln und den angrenzenden Stadtteilen, nach Datum sortiert. Private Verkäufer sind auf allen Märkten willkommen, sofern nicht anders angegeben.
C! Samstag, 3. Mai, 8 bis 16 Uhr
C! Trödelmarkt am Hansaring-Parkhaus, Köln-Neustadt-Nord
C Rund 250 Stände auf dem Parkdeck, auch bei Regen. Standgebühr 18 Euro pro Meter, Anmeldung nicht erforderlich.
C! Sonntag, 4. Mai, 11 bis 17 Uhr
C! Hofflohmarkt Sülz und Klettenberg
C Über 120 Haushalte verkaufen in ihren Einfahrten und Höfen. Einen Lageplan gibt es ab Mittwoch zum Ausdrucken.
C! Samstag, 10. Mai, 10 bis 18 Uhr
C! Kinderflohmarkt im Bürgerzentrum Ehrenfeld
C Nur Kinderkleidung, Spielzeug und Bücher. Tische werden gestellt, Anmeldung bis 5. Mai per E-Mail.
B Termin melden
C! Sonntag, 18. Mai, 7 bis 15 Uhr
C! Großer Rheinufer-Flohmarkt, Deutz
C Der größte Markt des Monats mit mehr als 600 Ständen zwischen Hohenzollernbrücke und Tanzbrunnen. Gewerbliche Händler nur mit Voranmeldung.
C! Samstag, 24. Mai, 9 bis 14 Uhr
C! Schallplatten- und Bücherbörse, Alte Feuerwache
C Sammlermarkt in der Halle, Eintritt 2 Euro. Nur Vinyl, CDs, Comics und antiquarische Bücher.
C! Samstag, 31. Mai, 10 bis 16 Uhr
C! Nachbarschaftsflohmarkt Nippes, Wilhelmplatz
C Findet parallel zum Wochenmarkt statt. Standplätze werden vor Ort vergeben, Gebühr 10 Euro.
B Alle Angaben ohne Gewähr. Bitte informieren Sie sich vor dem Besuch beim Veranstalter.
B Jetzt den Trödel-Newsletter abonnieren und keine Markttermine mehr verpassen.
""")

# de 20: holiday flats at the Baltic Sea, search results, full page
doc("de", "page", "listing",
    "https://www.ostseequartiere.example/suche/fischland-darss/"
    "ferienwohnungen?personen=4&hund=ja", """
B Ferienwohnungen Fischland-Darß mit Hund für 4 Personen | Ostseequartiere
B Ostseequartiere
B Urlaub an der Ostsee von privat
B Reiseziele
B Rügen
B Usedom
B Fischland-Darß-Zingst
B Lübecker Bucht
B Angebote
B Last Minute
B Für Vermieter
B Merkliste (0)
B Anmelden
B Diese Seite verwendet Cookies, um Ihnen die bestmögliche Nutzung zu ermöglichen.
B Verstanden
B Datenschutz
B Anreise
B Abreise
B Personen: 4
B Suchen
B Filter
B Hund erlaubt
B Sauna
B WLAN
B Strandnähe bis 500 m
B Kamin
B Nichtraucher
B Sortieren: Empfohlen
C 31 Ferienwohnungen mit Hund auf Fischland-Darß
C! Reetdachkate Boddenblick in Wieck
C! 2 Schlafzimmer · 75 m² · bis 4 Personen · Hund erlaubt
C! ab 119 € pro Nacht
C Ruhige Lage direkt am Bodden, eingezäunter Garten, Kamin, Fahrräder inklusive.
B 4,9 ★ (37 Bewertungen)
B Merken
C! Ferienwohnung Düne 7 in Ahrenshoop
C! 2 Schlafzimmer · 62 m² · bis 4 Personen · 1 Hund
C! ab 142 € pro Nacht
C 300 Meter zum Strand, Balkon mit Blick in die Kiefern, Sauna im Haus.
B 4,7 ★ (112 Bewertungen)
B Merken
C! Kapitänshaus Prerow, Wohnung Steuerbord
C! 1 Schlafzimmer + Schlafsofa · 55 m² · bis 4 Personen · Hund auf Anfrage
C! ab 96 € pro Nacht
C Denkmalgeschütztes Haus im Ortskern, Bäcker und Hafen zu Fuß erreichbar. Mindestaufenthalt drei Nächte.
B 4,8 ★ (64 Bewertungen)
B Merken
C! Strandhaus Seeadler in Zingst
C! 3 Schlafzimmer · 98 m² · bis 6 Personen · 2 Hunde
C! ab 189 € pro Nacht
C Freistehendes Haus hinter dem Deich mit Terrasse, Grill und großem Hundeauslauf.
B Neu
B Merken
C! Ferienwohnung Zeesenboot in Born
C! 1 Schlafzimmer · 48 m² · bis 3 Personen · 1 Hund
C! ab 78 € pro Nacht
C Kleine, gemütliche Wohnung mit Blick auf den Hafen. Kinderbett und Hochstuhl auf Anfrage.
B 4,6 ★ (21 Bewertungen)
B Merken
B Zurück
B 1
B 2
B 3
B 4
B 5
B 6
B Weiter
B Preise pro Nacht ohne Endreinigung und Kurtaxe. Die Kurtaxe wird vor Ort an die Gemeinde gezahlt.
B Ostseequartiere
B Über uns
B Hilfe
B Vermieter werden
B Impressum
B Datenschutz
B AGB
B Sicher bezahlen mit PayPal, Kreditkarte oder Überweisung
""")

# de 21: extracted collection, history podcasts
doc("de", "extracted", "collection",
    "https://www.hoerwelt-magazin.example/empfehlungen/geschichts-"
    "podcasts-die-sich-lohnen", """
C Sechs Geschichtspodcasts, die sich wirklich lohnen
B Von Miriam Kaltenbach, 12. Februar 2025, 10:15 Uhr
C Ob Pharaonen, Hanse oder Wiedervereinigung: Geschichte ist eines der beliebtesten Podcast-Genres. Aus Hunderten Angeboten haben wir sechs ausgewählt, die gut recherchiert sind und trotzdem unterhalten.
C Zeitkapsel
C! Rund 380 Folgen · 40 bis 60 Minuten · wöchentlich
C Zwei Historikerinnen erzählen sich gegenseitig Geschichten aus allen Epochen, die die andere vorher nicht kennt. Locker, aber immer mit Quellenangaben in den Shownotes.
C Die Hanse – ein Netzwerk aus Kaufleuten
C! 8 Folgen · je 35 Minuten · abgeschlossen
C Eine Miniserie über den Städtebund, von Lübeck bis Nowgorod. Besonders gelungen sind die nachgestellten Szenen mit Originalzitaten aus Kaufmannsbriefen.
C Am Küchentisch 1989
C! 24 Folgen · 30 bis 50 Minuten · abgeschlossen
C Menschen aus Ost und West erzählen, wie sie den Herbst 1989 erlebt haben. Kein Experte, kein Sprecher, nur Erinnerungen. Berührend und oft überraschend komisch.
C Knochenarbeit
C! Rund 90 Folgen · 25 Minuten · alle zwei Wochen
C Ein Archäologe und eine Anthropologin sprechen über Funde, die unser Bild der Vorgeschichte verändert haben. Auch für Kinder ab zwölf gut geeignet.
C Das Mittelalter war anders
C! Rund 150 Folgen · 60 bis 90 Minuten · monatlich
C Ausführliche Gespräche mit Fachleuten über Mythen rund um Burgen, Hexen und Pest. Wer lange Folgen mag, wird hier glücklich.
C Verhandelt
C! 12 Folgen · je 45 Minuten · neue Staffel im Herbst
C Jede Folge rekonstruiert einen historischen Prozess, von den Bamberger Hexenprozessen bis zum Frankfurter Auschwitz-Prozess.
C Alle Podcasts sind kostenlos und in den gängigen Podcast-Apps verfügbar.
B Sie hören lieber, als zu lesen? Diesen Artikel gibt es auch als Audio in unserer App.
B Teilen · Merken · Drucken
""")

# de 22: beekeeper's online shop, honey, full product page
doc("de", "page", "product",
    "https://www.imkerei-sonnenwabe.example/shop/honig/"
    "lindenbluetenhonig-aus-dem-spreewald", """
B Lindenhonig kaufen – direkt vom Imker | Imkerei Sonnenwabe
B Imkerei Sonnenwabe
B Honig direkt vom Imker aus Lübbenau
B Versand innerhalb von 2 Werktagen · ab 40 € versandkostenfrei
B Shop
B Honig
B Cremehonig
B Bienenwachs & Kerzen
B Geschenksets
B Über uns
B Bienenpatenschaft
B Kontakt
B Warenkorb (0)
B Startseite › Shop › Honig
C Lindenblütenhonig aus dem Spreewald
C! 500 g Glas: 9,80 € (19,60 € / kg)
C! 250 g Glas: 5,60 € (22,40 € / kg)
B inkl. 7 % MwSt., zzgl. Versand
B Größe wählen
B 250 g
B 500 g
B Anzahl
B In den Warenkorb
B Nur noch wenige Gläser vorrätig
C Unser Lindenblütenhonig stammt von den alten Lindenalleen rund um Lübbenau und Lehde. Die Linden blühen Ende Juni nur etwa zwei Wochen lang, und in dieser Zeit tragen unsere Bienen den Nektar ein, der diesem Honig seinen frischen, leicht minzigen Geschmack gibt.
C Der Honig ist zunächst flüssig und hellgelb. Nach einigen Wochen kristallisiert er langsam und wird fest und cremig weiß. Das ist ein natürlicher Vorgang und kein Qualitätsmangel. Wer ihn wieder flüssig haben möchte, stellt das Glas in ein Wasserbad mit höchstens 40 Grad.
C Wir schleudern jede Sorte getrennt und füllen den Honig kalt ab. Er wird weder erhitzt noch gefiltert, sodass Pollen und Enzyme erhalten bleiben.
C Produktdetails
C! Sorte: Lindenblütenhonig, Ernte Juli 2024
C! Herkunft: Lübbenau/Spreewald, Brandenburg
C! Konsistenz: flüssig, kristallisiert mit der Zeit
C! Mindestens haltbar bis: 31.12.2026
C Hinweis: Honig ist nicht für Säuglinge unter zwölf Monaten geeignet.
B Das sagen unsere Kunden
N Sehr aromatisch, schmeckt nach Sommer. Wir bestellen jetzt schon zum dritten Mal.
N Jens R.
N Kam gut verpackt an, das Glas war in Wellpappe gewickelt. Gerne wieder!
N Familie Kowalski
B Das könnte Ihnen auch schmecken
B Rapshonig cremig, 500 g – 7,90 €
B Waldhonig, 500 g – 10,50 €
B Geschenkset „Spreewald-Trio“ – 24,90 €
B Zahlungsarten: PayPal, Überweisung, Rechnung
B Versand & Lieferung
B Widerrufsbelehrung
B Impressum
B Datenschutz
B AGB
B Mitglied im Deutschen Imkerbund
""")

# ----------------------------------------------------------------- French --

# fr 01: extracted regional news, hail in the vineyards
doc("fr", "extracted", "article",
    "https://www.echo-du-val-de-saone.example/beaujolais/orage-de-grele-"
    "des-vignes-hachees-a-quelques-semaines-des-vendanges-98214.html", """
C Orage de grêle dans le Beaujolais : des vignes hachées à quelques semaines des vendanges
C En moins de vingt minutes, des grêlons de la taille d'une balle de ping-pong ont ravagé plusieurs centaines d'hectares entre Saint-Vérand et Le Bois-d'Oingt, mardi soir. Les viticulteurs parlent de pertes allant jusqu'à 80 %.
B Par Céline Dumontet - Publié le 14/08/2024 à 18h42, mis à jour le 15/08/2024 à 07h10
B~ Lecture : 3 min
C Mercredi matin, Bruno Gelin a fait le tour de ses parcelles avec un sécateur à la main, sans trop savoir par où commencer. « Regardez ces grappes : la moitié des baies sont éclatées, les autres sont marquées. Dans trois jours, tout ça va pourrir », dit le vigneron, installé depuis 1998 à Ternand.
C Il y a dix jours encore, il se félicitait d'une année « presque parfaite », avec assez de pluie au printemps et un été chaud mais pas caniculaire. Les premiers prélèvements laissaient espérer un très beau millésime.
C Sur certaines parcelles, les feuilles ont été arrachées, laissant les ceps presque nus. Les sarments, abîmés eux aussi, risquent de mal s'aoûter, ce qui pourrait pénaliser la récolte de l'an prochain.
B~ Photo : Le Progrès de Saône / C. D.
C Selon la chambre d'agriculture, entre 600 et 900 hectares ont été touchés à des degrés divers. Un premier bilan précis est attendu en fin de semaine, après le passage des experts des assurances.
C Les secteurs les plus exposés se situent sur les coteaux orientés à l'ouest, là où l'orage est arrivé en premier. Dans la vallée de l'Azergues, certaines parcelles n'ont presque rien subi, à quelques centaines de mètres à peine.
B+ Publicité
C+ Tous les domaines ne sont pas assurés. Le coût des contrats contre la grêle a fortement augmenté ces dernières années, et beaucoup de petites exploitations ont renoncé à s'assurer.
C « C'est un pari qu'on perd un jour ou l'autre », reconnaît Aurélie Brossard, qui exploite six hectares en famille.
C Chez elle, la grêle a touché trois parcelles sur cinq. Elle estime avoir perdu au moins la moitié de sa récolte, sans aucune indemnisation à espérer pour l'instant.
B À lire aussi : Vendanges 2024 : les coopératives cherchent encore des saisonniers
C Des vendanges avancées
C Pour sauver ce qui peut l'être, plusieurs vignerons envisagent de vendanger plus tôt que prévu, dès la fin du mois. Le raisin sera moins mûr, mais il sera au moins sain.
C Les caves coopératives ont annoncé qu'elles ouvriraient leurs quais de réception avec une semaine d'avance. Elles devront aussi trier davantage : les lots trop abîmés pourraient être réservés à la distillation.
C « On fera peut-être moins de Beaujolais-Villages cette année, et plus de rosé ou de vin de base pour les effervescents », explique le directeur d'une coopérative du secteur, qui préfère rester prudent tant que les volumes ne sont pas connus.
C La préfecture a demandé la reconnaissance de l'état de calamité agricole. Elle permettrait aux exploitants non assurés d'être en partie indemnisés, mais la procédure prend souvent plusieurs mois.
C Les communes voisines ont également subi des dégâts : toitures percées, vitres brisées, voitures cabossées. À Létra, les pompiers sont intervenus à une quarantaine de reprises dans la nuit.
C Météo-France avait placé le département en vigilance orange aux orages en fin d'après-midi. De nouveaux épisodes orageux sont possibles jeudi, mais ils devraient être moins violents selon les prévisionnistes.
B Retrouvez toute l'actualité du Beaujolais dans notre newsletter quotidienne, gratuite et sans engagement.
B 12 commentaires
""")

# fr 02: extracted product page, bread maker
doc("fr", "extracted", "product",
    "https://www.cuisine-et-fournil.example/petit-electromenager/"
    "machines-a-pain/mie-doree-mp900", """
C Machine à pain Mie Dorée MP900
B ★★★★☆ 4,4/5 – 87 avis
C! Prix : 119,90 € TTC
C! Coloris : inox brossé et noir
C! Garantie : 2 ans pièces et main-d'œuvre
B Livraison offerte dès 59 € d'achat · Retrait gratuit en magasin
C Faire son pain maison sans pétrir à la main : il suffit de verser les ingrédients dans la cuve, de choisir un programme et de laisser la machine travailler. Le matin, la maison sent la boulangerie.
C La MP900 propose 17 programmes, du pain blanc classique au pain complet, en passant par le sans gluten, la pâte à pizza et même la confiture. Trois degrés de dorure permettent de régler la croûte selon vos goûts.
C Le départ différé jusqu'à 15 heures vous permet de programmer la cuisson la veille au soir. Un distributeur automatique ajoute graines, noix ou raisins secs au bon moment du pétrissage.
C Caractéristiques
C! Puissance : 650 W
C! Capacité : pains de 500 g, 750 g ou 1 kg
C! Programmes : 17, dont 2 sans gluten
C! Cuve : revêtement antiadhésif, compatible lave-vaisselle
C! Dimensions : 36 × 25 × 31 cm
C! Poids : 5,8 kg
C Dans la boîte : machine, cuve, 2 pales de pétrissage, verre doseur, cuillère doseuse et livret de 60 recettes.
B+ Ajouter au panier
C Conseil d'utilisation
C Pour un pain bien levé, utilisez des ingrédients à température ambiante et de la levure boulangère fraîche ou sèche. Évitez de mettre le sel en contact direct avec la levure.
B Vous aimerez aussi : Farine T65 bio 5 kg, Levure sèche boulangère (lot de 10)
""")

# fr 03: seasonal jobs in ski resorts, full page listing
doc("fr", "page", "listing",
    "https://www.saisonniers-des-alpes.example/offres/hiver/savoie?"
    "secteur=restauration-hotellerie", """
B Emplois saisonniers hiver en Savoie – Restauration et hôtellerie | Saisonniers des Alpes
B Aller au contenu
B Saisonniers des Alpes
B Trouvez votre job en station
B Offres d'emploi
B Stations
B Logement saisonnier
B Conseils
B Espace recruteur
B Déposer une offre
B Connexion
B Ce site utilise des cookies pour mesurer l'audience et améliorer votre expérience. Vous pouvez accepter ou refuser.
B Tout accepter
B Tout refuser
B Personnaliser
B Accueil
B Offres
B Hiver
B Savoie
C Emplois saisonniers en Savoie : restauration et hôtellerie
C 64 offres pour la saison d'hiver 2024-2025
B Affiner la recherche
B Contrat
B CDD saisonnier (58)
B CDI (6)
B Logement
B Logement fourni (41)
B Station
B Val Thorens (14)
B Les Arcs (11)
B La Plagne (9)
B Méribel (8)
B Voir plus
B Trier par : date de publication
C! Commis de cuisine (H/F)
C! Restaurant d'altitude Le Chalet des Neiges – Val Thorens
C! CDD du 1er décembre au 25 avril · logé · 2 100 € brut mensuel
C Vous assistez le chef de partie pour la mise en place et le service du midi, jusqu'à 400 couverts par jour. Une première expérience en restauration est souhaitée.
B Postuler
C! Réceptionniste bilingue anglais (H/F)
C! Hôtel Les Mélèzes **** – Les Arcs 1950
C! CDD saison · logé et nourri · 1 950 € brut mensuel
C Accueil des clients, check-in et check-out, réservations et conseils sur la station. Anglais courant exigé, une troisième langue est un plus.
B Postuler
C! Serveur ou serveuse en brasserie (H/F)
C! Brasserie du Front de Neige – La Plagne Centre
C! CDD de décembre à avril · logement possible · salaire selon profil
C Service en salle et en terrasse, encaissement, préparation des boissons. Nous recherchons une personne souriante et à l'aise avec le rythme soutenu des vacances scolaires.
B Postuler
C! Femme ou valet de chambre (H/F)
C! Résidence de tourisme Les Granges – Méribel Mottaret
C! CDD saison · 35 h · logé en studio partagé
C Nettoyage des appartements lors des arrivées du samedi et entretien des parties communes. Débutants acceptés, formation sur place.
B Postuler
B 1
B 2
B 3
B 4
B Suivant
B Recevez les nouvelles offres par e-mail
B Créer une alerte
B Saisonniers des Alpes
B Qui sommes-nous
B Mentions légales
B Politique de confidentialité
B Gérer les cookies
B Nous contacter
""")

# fr 04: extracted collection, Christmas markets in Alsace, blank lines
doc("fr", "extracted", "collection",
    "https://www.escapades-du-grand-est.example/alsace/marches-de-noel-"
    "villages-a-ne-pas-manquer", """
C Six marchés de Noël alsaciens loin de la foule
C Strasbourg et Colmar attirent chaque année des millions de visiteurs. Pour flâner entre les chalets sans jouer des coudes, mieux vaut se tourner vers les petites villes et les villages. Voici nos coups de cœur.
B Article rédigé par Margaux Heitz, publié le 21 novembre 2024
C Ribeauvillé, le marché médiéval
C! Les week-ends du 30 novembre au 22 décembre
C! Ouvert de 10 h à 19 h, entrée 3 € (gratuit pour les moins de 12 ans)
C Jongleurs, cracheurs de feu et marchands en costume transforment la vieille ville en décor du Moyen Âge. On y boit de l'hypocras plutôt que du vin chaud.
C Kaysersberg, au pied du château
C! Du 29 novembre au 22 décembre, du vendredi au dimanche
C! De 10 h à 19 h, entrée libre
C Un marché d'artisans exigeant, installé dans les ruelles entre la Weiss et l'église. Bon à savoir : le parking est payant et se remplit dès le matin.
C Eguisheim, le village en colimaçon
C! Tous les jours du 22 novembre au 30 décembre
C! De 10 h à 19 h, fermé le 25 décembre
C Les rues circulaires et les maisons à colombages font de ce marché l'un des plus photogéniques de la région.
C Sélestat et son sapin historique
C! Du 28 novembre au 23 décembre
C! En semaine de 14 h à 19 h, le week-end de 10 h à 19 h
C La ville revendique la première mention écrite d'un sapin de Noël, en 1521. La bibliothèque humaniste expose chaque année des sapins décorés à la manière de différentes époques.
B+ Publicité
C Obernai, le marché des terroirs
C! Du 29 novembre au 31 décembre
C! Tous les jours de 10 h à 19 h 30
C Produits régionaux avant tout : bredeles, pain d'épices, foie gras et fromages de Munster. Parfait pour remplir son panier de cadeaux gourmands.
C Wissembourg, à la frontière
C! Les trois premiers week-ends de décembre
C! Samedi de 14 h à 20 h, dimanche de 11 h à 19 h
C Un petit marché très fréquenté par les familles, avec un carrousel ancien et une crèche vivante le dimanche après-midi.
C Pensez à prendre le train : la plupart de ces villes sont desservies par le TER au départ de Strasbourg ou de Colmar, ce qui évite les embouteillages du week-end.
B Vous avez aimé cet article ? Partagez-le sur les réseaux sociaux.
""", blank=True)

# fr 05: travel site, seaside campsites in the Vendée, full page
doc("fr", "page", "collection",
    "https://www.guide-plein-air-atlantique.example/vendee/selection/"
    "campings-bord-de-mer-familles", """
B Campings en bord de mer en Vendée : notre sélection 2025 - Guide Plein Air Atlantique
B Passer au contenu principal
B Guide Plein Air Atlantique
B Destinations
B Bretagne sud
B Loire-Atlantique
B Vendée
B Charente-Maritime
B Hébergements
B Campings
B Gîtes
B Idées week-end
B Nos sélections
B Rechercher
B En poursuivant votre navigation, vous acceptez l'utilisation de cookies pour réaliser des statistiques de visites.
B J'accepte
B En savoir plus
B Accueil > Vendée > Nos sélections
C Vacances en famille : huit campings les pieds dans le sable en Vendée
C Avec ses 250 kilomètres de côte, la Vendée compte plus de campings que n'importe quel autre département français. Nous avons retenu ceux qui donnent directement sur la plage ou à moins de cinq minutes à pied, avec de quoi occuper les enfants.
B Mis à jour le 2 avril 2025
B Cet article contient des liens partenaires.
C Camping de la Grande Dune, Saint-Hilaire-de-Riez
C! 4 étoiles · accès direct à la plage · mobil-homes dès 420 € la semaine
C Piscine couverte chauffée, club enfants en juillet-août et location de vélos. Les emplacements en bordure de dune partent dès janvier.
C Les Pins de la Barre, Notre-Dame-de-Monts
C! 3 étoiles · plage à 200 m · emplacement tente dès 24 € la nuit
C Un camping ombragé et calme, apprécié des familles qui recherchent un peu de simplicité. Pas d'animation le soir.
C Domaine de l'Estacade, La Tranche-sur-Mer
C! 5 étoiles · plage à 300 m · cottages dès 690 € la semaine
C Parc aquatique avec toboggans, spa et restaurant. Cher en haute saison, mais très bien équipé.
C Camping municipal du Vieux Port, Noirmoutier-en-l'Île
C! 2 étoiles · accès direct à la plage · emplacement dès 19 € la nuit
C Un emplacement exceptionnel face à la baie, pour un prix imbattable. Réservation uniquement en ligne à partir du 1er mars.
C La Conche aux Oiseaux, Longeville-sur-Mer
C! 4 étoiles · plage à 400 m par la forêt · mobil-homes dès 490 € la semaine
C Entre pins et dunes, avec un accès à la plage par un sentier forestier. Idéal pour les amateurs de vélo grâce à la piste cyclable qui longe la côte.
C Les Mouettes, Saint-Jean-de-Monts
C! 3 étoiles · plage à 150 m · chalets dès 380 € la semaine
C Petit camping familial avec aire de jeux et terrain de pétanque. Le marché du centre-ville est à dix minutes à vélo.
C Camping des Sables Blancs, Brétignolles-sur-Mer
C! 4 étoiles · accès direct à la plage · emplacement dès 31 € la nuit
C Prisé des surfeurs, avec une école de surf installée sur le camping d'avril à octobre.
C Le Clos des Tamaris, Jard-sur-Mer
C! 3 étoiles · plage à 500 m · mobil-homes dès 450 € la semaine
C Une ambiance de village, des allées fleuries et des prix raisonnables, même en août.
C Les tarifs indiqués sont des prix de base hors saison, hors taxe de séjour. En juillet et en août, comptez souvent le double.
B Voir la disponibilité
B Partager sur Facebook
B Partager sur Pinterest
B À découvrir aussi
B Les plus belles plages de l'île d'Yeu
B Dix idées de sorties pour un jour de pluie en Vendée
B La vélodyssée en famille : notre itinéraire en 5 étapes
B Inscrivez-vous à notre lettre d'information pour recevoir nos bons plans chaque mois.
B Votre adresse e-mail
B S'inscrire
B À propos
B Contact
B Mentions légales
B Données personnelles
B © Guide Plein Air Atlantique 2025
""")

# fr 06: extracted documentation, JavaScript map library
doc("fr", "extracted", "documentation",
    "https://docs.carto-leger.example/fr/guide/couches/tuiles-raster",
    r"""
C Ajouter une couche de tuiles raster
C Une couche de tuiles affiche un fond de carte découpé en petites images de 256 × 256 pixels, chargées au fur et à mesure que l'utilisateur se déplace ou zoome. C'est la façon la plus simple d'afficher un fond de plan dans CartoLéger.
B Modifier cette page sur GitHub
C Exemple minimal
C import { Carte, CoucheTuiles } from "carto-leger";
C const carte = new Carte("carte", { centre: [45.76, 4.83], zoom: 12 });
C new CoucheTuiles("https://tuiles.exemple.org/{z}/{x}/{y}.png", {
C   attribution: "© contributeurs du fond de plan",
C   zoomMax: 19,
C }).ajouterA(carte);
C Les variables {z}, {x} et {y} sont remplacées par le niveau de zoom et les coordonnées de chaque tuile. Certains serveurs utilisent aussi {s} pour répartir les requêtes entre plusieurs sous-domaines.
C Options
C! attribution (chaîne) : texte affiché en bas à droite de la carte
C! zoomMin (nombre, 0 par défaut) : niveau de zoom minimal
C! zoomMax (nombre, 18 par défaut) : niveau de zoom maximal
C! opacite (nombre entre 0 et 1, 1 par défaut) : transparence de la couche
C! tailleTuile (nombre, 256 par défaut) : taille des tuiles en pixels
C Tuiles haute résolution
C Sur les écrans à haute densité, les tuiles standards paraissent floues. Si le serveur propose des tuiles en double résolution, ajoutez le suffixe {r} dans l'URL : il sera remplacé par @2x lorsque l'écran le permet.
C Attention
C Respectez les conditions d'utilisation du serveur de tuiles. La plupart des services publics interdisent un usage intensif sans clé d'accès et exigent que l'attribution reste visible.
B Page précédente : Créer une carte
B~ Page suivante : Couches vectorielles
""")

# fr 07: photography forum thread, full page
doc("fr", "page", "forum",
    "https://forum.declencheurs.example/viewtopic.php?f=14&t=30982",
    """
B Quel objectif pour la photo de ciel étoilé avec un hybride APS-C ? - Déclencheurs, le forum photo
B Déclencheurs
B Forum de discussion sur la photographie
B FAQ
B Rechercher
B Membres
B S'inscrire
B Connexion
B Accueil du forum
B Matériel
B Objectifs
C Quel objectif pour la Voie lactée avec un hybride APS-C ?
B Répondre
B 5 messages • Page 1 sur 1
N par Nico_des_Causses » 3 juin 2025, 22:14
C Bonjour à tous,
C je pars trois semaines dans les Cévennes cet été et j'aimerais enfin réussir des photos de la Voie lactée. J'ai un boîtier hybride APS-C et seulement le zoom du kit (18-55 mm f/3.5-5.6). Budget maximum : 400 euros.
C J'hésite entre un 12 mm f/2 manuel et un 16 mm f/1.4 autofocus. Des avis ?
N par ObjectifLune » 3 juin 2025, 22:41
C Pour la Voie lactée, le plus important est d'avoir un grand angle très lumineux. Avec ton zoom de kit à f/3.5, tu vas devoir monter énormément en ISO et le bruit sera gênant.
C Le 12 mm f/2 est un excellent choix : l'autofocus ne sert à rien la nuit, tu feras la mise au point à la main sur une étoile brillante en live view. Et le champ plus large permet de poser plus longtemps sans filé d'étoiles.
N par Nico_des_Causses » 4 juin 2025, 07:58
C Merci ! Tu poses combien de temps avec un 12 mm sur APS-C ?
N par ObjectifLune » 4 juin 2025, 09:12
C Avec la règle des 500, tu divises 500 par la focale équivalente, donc environ 500 / 18 ≈ 25 secondes. En pratique je reste autour de 15 à 20 secondes pour avoir des étoiles bien ponctuelles sur un grand écran.
C Mes réglages de départ : f/2, 15 s, 3200 ISO, balance des blancs autour de 3900 K, et surtout un trépied stable.
N par Ciel_Noir_48 » 4 juin 2025, 13:30
C Je plussoie pour le 12 mm. Pense aussi à vérifier la phase de la Lune avant de partir : la nouvelle lune de juillet tombe autour du 24. Les Causses et le mont Aigoual sont classés réserve de ciel étoilé, tu vas te régaler.
B Haut
B Répondre
B Retourner vers « Objectifs »
B Aller à
B Qui est en ligne
B Utilisateurs parcourant ce forum : aucun utilisateur inscrit et 7 invités
B Accueil du forum
B Supprimer les cookies du forum
B Fuseau horaire sur UTC+02:00
B Développé par un logiciel libre de forum
B Politique de confidentialité | Conditions d'utilisation
""")

# ---------------------------------------------------------------- Spanish --

# es 01: extracted local news, market hall reopens
doc("es", "extracted", "article",
    "https://www.gacetadelvalledeltietar.example/comarca/villanueva/"
    "reabre-el-mercado-de-abastos-tras-dos-anos-de-obras_20250311.html", """
C Villanueva recupera su mercado de abastos tras dos años de obras
C El edificio de 1928 reabre con 22 puestos, un espacio de degustación y cubierta nueva. Cinco de los comerciantes son jóvenes que se estrenan en el oficio.
B Redacción | Villanueva del Tiétar | Actualizado: 11/03/2025 - 13:05h
C El mercado de abastos de Villanueva del Tiétar volvió a abrir sus puertas este martes, después de casi dos años cerrado por unas obras de rehabilitación que se alargaron más de lo previsto. 
C A las nueve de la mañana ya había cola ante la pescadería. Muchos vecinos se acercaron solo para ver cómo había quedado el edificio, que durante décadas fue el centro de la vida comercial del pueblo.
C La reforma ha costado 2,4 millones de euros, financiados en buena parte con fondos europeos. Se ha sustituido la cubierta, que tenía filtraciones desde hacía años, y se han instalado cámaras frigoríficas comunes y placas solares en el tejado.
C También se ha mejorado la accesibilidad, con una rampa en la entrada principal y un ascensor hasta el sótano, donde están los almacenes de los comerciantes.
C La fachada de ladrillo y los azulejos originales de la entrada se han conservado.
B~ Foto: Ayuntamiento de Villanueva
C De los 22 puestos, 17 están ocupados por comerciantes que ya vendían en el antiguo mercado y que durante las obras se trasladaron a unas carpas provisionales en la plaza de toros. Los otros cinco se adjudicaron mediante un concurso dirigido a menores de 35 años, con un alquiler reducido durante los tres primeros años.
B+ Publicidad
C+ Una de ellas es Lucía Sanromán, de 27 años, que ha abierto una frutería con productos de huertas de la comarca. 
C «Mi abuelo tenía un puesto aquí. Cuando vi el concurso no me lo pensé», cuenta entre cajas de espárragos trigueros.
C El mercado también estrena un espacio de degustación con ocho mesas, donde los clientes pueden comer lo que compran en los puestos de embutidos, quesos o pescado frito. El alcalde, Julián Merino, confía en que atraiga a los turistas que llegan los fines de semana.
B Te puede interesar: La Diputación invertirá 3 millones en caminos rurales del valle
C El horario será de lunes a sábado, de 8.30 a 14.30 horas, y los viernes también por la tarde, de 17 a 20 horas. El ayuntamiento estudia abrir algún domingo al mes en temporada alta.
C La asociación de comerciantes ha organizado para el próximo sábado una jornada de puertas abiertas con actividades para niños, una cata de aceite de la zona y música en directo.
B Comentarios (12)
""")

# es 02: online shop, air fryer, full product page
doc("es", "page", "product",
    "https://www.electrohogar-norte.example/pequeno-electrodomestico/"
    "freidoras-de-aire/crujia-xl-6-litros", """
B Freidora de aire Crujía XL 6 L | Electrohogar Norte
B Envío gratis en pedidos superiores a 49 €
B Devolución gratuita en 30 días
B Electrohogar Norte
B Buscar productos, marcas...
B Mi cuenta
B Lista de deseos
B Cesta
B Grandes electrodomésticos
B Pequeño electrodoméstico
B Cocina
B Climatización
B Imagen y sonido
B Outlet
B Usamos cookies propias y de terceros para analizar el tráfico y mostrarte publicidad personalizada. Puedes aceptarlas todas, rechazarlas o configurarlas.
B Aceptar
B Rechazar
B Configurar
B Inicio
B Pequeño electrodoméstico
B Freidoras de aire
C Freidora sin aceite Crujía XL, 6 litros, 1.700 W
B Ref. 7713560
B 4,6 de 5 estrellas (328 opiniones)
C! Precio: 89,99 € IVA incluido
B Antes 119,99 €
B -25 %
C! Capacidad de 6 litros, para 4 a 6 personas
C! Ocho programas automáticos y ventana de cocción
C! Cesta antiadherente apta para lavavajillas
B Cantidad
B Añadir a la cesta
B Recíbelo entre el jueves y el viernes
B Paga en 3 plazos sin intereses
B Descripción
C Con la Crujía XL preparas patatas fritas, alitas de pollo o verduras asadas con hasta un 85 % menos de aceite que en una freidora tradicional. El aire caliente circula a gran velocidad alrededor de los alimentos y los deja dorados por fuera y tiernos por dentro.
C Su ventana frontal con luz interior te permite ver cómo va la cocción sin abrir el cajón. Además, la función de aviso te recuerda a mitad de programa que agites la cesta para que todo quede igual de crujiente.
C Los ocho programas automáticos ajustan tiempo y temperatura para patatas, carne, pescado, pollo, verduras, repostería, descongelar y recalentar. Si lo prefieres, puedes elegir la temperatura entre 80 y 200 grados en modo manual.
B Especificaciones
C! Potencia: 1.700 W
C! Capacidad: 6 litros
C! Temperatura: de 80 a 200 °C
C! Temporizador: hasta 60 minutos con apagado automático
C! Medidas: 28 × 36 × 32 cm
C! Peso: 5,1 kg
C! Garantía: 3 años
B Opiniones de clientes
N Muy contenta, la uso casi a diario. La ventana es muy práctica y se limpia fácil.
N Marisa, Oviedo
N Hace bastante ruido, pero cocina muy bien. Para cuatro personas se queda justa si haces patatas.
N Javier G.
B Ver todas las opiniones
B Productos relacionados
B Papel para freidora de aire, 100 unidades
B Molde de silicona para freidora
B Atención al cliente
B Envíos y entregas
B Devoluciones
B Garantías
B Aviso legal
B Política de privacidad
B Política de cookies
B © Electrohogar Norte S.L.
""")

# es 03: extracted education news, heat in classrooms, blank lines
doc("es", "extracted", "article",
    "https://www.informacion-sureste.example/educacion/un-instituto-de-"
    "molina-planta-arboles-y-cambia-el-horario-contra-el-calor", """
C Un instituto de Molina planta árboles y adelanta el horario para combatir el calor en las aulas
C El IES Vega del Segura ha medido temperaturas de hasta 34 grados en sus clases en junio. Mientras llega la reforma del edificio, el claustro ha tomado sus propias medidas.
B Por Ana Belén Carrasco
B~ 02 jun 2025 · 08:15
C Cuando el termómetro del aula 2.14 marcó 34 grados a las doce y media, la profesora de Matemáticas Elena Viudes dejó de intentar explicar ecuaciones. 
C «Los chavales estaban rojos, sin fuerzas. Ahí no aprende nadie», recuerda.
C Fue hace un año. Desde entonces, el instituto ha colocado termómetros en todas las aulas y anota la temperatura tres veces al día. 
C Los datos, que ha recopilado un grupo de alumnos de Bachillerato, muestran que en la última quincena de junio más de la mitad de las clases superan los 30 grados a partir de las once.
C Con esos números en la mano, el claustro aprobó un plan con varias medidas. La más visible: un patio nuevo con 40 árboles de sombra, plantados en marzo por el propio alumnado con ayuda de una asociación de vecinos.
C Los árboles tardarán varios años en dar sombra de verdad, admite el director, Tomás Gil. «Pero alguien tenía que empezar. Los que los han plantado ya no los disfrutarán, y lo saben».
C Además, las clases empezarán en junio a las 8.00 en lugar de a las 8.30, y las dos últimas horas se dedicarán a actividades en la biblioteca y en el salón de actos, que son las estancias más frescas.
B+ Publicidad
C La Consejería de Educación ha incluido el centro en su plan de climatización, que prevé instalar toldos, ventiladores de techo y aislamiento en la cubierta. Las obras, sin embargo, no empezarán antes del verano de 2026.
C Las familias consideran que el plazo es demasiado largo. 
C La asociación de madres y padres ha recogido más de 600 firmas para pedir que, al menos, se instalen toldos en la fachada sur antes del próximo curso.
B Lee también: Los colegios que adelantaron la jornada reducida, un año después
B Sigue toda la actualidad educativa en nuestro canal de WhatsApp.
""", blank=True)

# es 04: property portal, flats for sale in Santander, full page
doc("es", "page", "listing",
    "https://www.cantabriapisos.example/venta/viviendas/santander/"
    "centro?habitaciones=2,3", """
B Comprar piso en Santander (Centro) con 2 o 3 habitaciones - CantabriaPisos
B CantabriaPisos
B Comprar
B Alquilar
B Obra nueva
B Vender tu casa
B Hipotecas
B Publica tu anuncio gratis
B Iniciar sesión
B Este portal utiliza cookies técnicas y de análisis. Al seguir navegando aceptas su uso.
B Vale
B Más información
B Inicio
B Cantabria
B Santander
B Centro
C Pisos en venta en Santander centro
C 86 viviendas con 2 o 3 habitaciones
B Guardar búsqueda
B Ver en mapa
B Precio
B Desde
B Hasta
B Habitaciones
B 1
B 2
B 3
B 4 o más
B Ascensor
B Terraza
B Garaje
B Ordenar por: Más recientes
C! Piso en calle Jesús de Monasterio
C! 235.000 € · 3 hab. · 2 baños · 96 m² · 4ª planta con ascensor
C Luminoso piso exterior reformado en 2021, con calefacción de gas natural y vistas a la bahía desde el salón.
B Contactar
B Guardar
C! Piso en calle del Sol
C! 189.000 € · 2 hab. · 1 baño · 68 m² · 2ª planta sin ascensor
C Edificio de principios del siglo XX con galería acristalada. Para reformar parcialmente. Muy cerca del mercado de la Esperanza.
B Contactar
B Guardar
C! Ático en paseo de Pereda
C! 495.000 € · 3 hab. · 2 baños · 110 m² · terraza de 25 m²
C Ático con terraza orientada al sur sobre la bahía, plaza de garaje y trastero incluidos en el precio.
B Contactar
B Guardar
C! Piso en calle Vargas
C! 210.000 € · 3 hab. · 1 baño · 85 m² · 6ª planta con ascensor
C Vivienda para entrar a vivir, cocina equipada y dos balcones. Comunidad 60 € al mes.
B Contactar
B Guardar
C! Piso en calle Santa Lucía
C! 172.000 € · 2 hab. · 1 baño · 61 m² · bajo con patio
C Bajo con patio privado de 20 m², ideal para quien busca espacio exterior en pleno centro. Necesita actualizar la cocina.
B Contactar
B Guardar
B Anterior
B 1
B 2
B 3
B ...
B 9
B Siguiente
B ¿Quieres saber cuánto vale tu casa? Calcula gratis el precio de tu vivienda en dos minutos.
B Sobre nosotros
B Trabaja con nosotros
B Ayuda
B Aviso legal
B Privacidad
B Cookies
""")

# es 05: extracted collection, Spanish cheeses, with affiliate notes
doc("es", "extracted", "collection",
    "https://www.despensa-y-mesa.example/guias/quesos-espanoles-que-"
    "deberias-probar", """
C Ocho quesos españoles que merece la pena probar al menos una vez
C España tiene más de cien variedades de queso, pero fuera de su comarca muchas son casi desconocidas. Hemos reunido ocho, de norte a sur, para montar una tabla que sorprenda a cualquiera.
B Este artículo incluye enlaces de afiliación. Si compras a través de ellos, podemos recibir una comisión.
C Torta del Casar (Cáceres)
C! Oveja · pasta blanda · desde 14 € la pieza de 500 g
C Se abre cortando la corteza superior como una tapa y se come a cucharadas. Su ligero amargor viene del cuajo vegetal de cardo.
C Idiazabal (País Vasco y Navarra)
C! Oveja latxa · curado, a veces ahumado · unos 28 € el kilo
C Firme y con un toque a humo de haya en la versión ahumada. Perfecto con unas nueces y un vino blanco de la zona.
B+ Ver precio en tienda
C Cabrales (Asturias)
C! Mezcla de vaca, cabra y oveja · azul · unos 30 € el kilo
C Madurado en cuevas de los Picos de Europa, intenso y picante. Poca cantidad basta para una salsa para carne.
C Mahón-Menorca (Baleares)
C! Vaca · semicurado o curado · unos 22 € el kilo
C Su corteza anaranjada se frota con aceite y pimentón. El semicurado es suave y mantecoso; el añejo, seco y salado, se ralla como un parmesano.
C Tetilla (Galicia)
C! Vaca · pasta blanda · desde 9 € la pieza
C Con su característica forma de cono, es cremoso y muy suave. Un queso para niños y para quien dice que no le gusta el queso.
C Queso de La Serena (Badajoz)
C! Oveja merina · torta cremosa · desde 16 € la pieza
C Hermano menos famoso de la Torta del Casar, algo más intenso y con un final ligeramente amargo.
B+ Ver precio en tienda
C Majorero (Fuerteventura)
C! Cabra majorera · semicurado con pimentón o gofio · unos 24 € el kilo
C Uno de los quesos de cabra más premiados del país. La corteza untada con gofio le da un sabor tostado muy original.
C Payoyo (Sierra de Grazalema)
C! Cabra payoya y oveja · curado · unos 32 € el kilo
C Elaborado en Villaluenga del Rosario, en la sierra gaditana. Tiene fama internacional y se agota a menudo en las tiendas de la zona.
C Un consejo: saca los quesos de la nevera al menos una hora antes de servirlos. En frío pierden buena parte de su aroma.
B ¿Te ha resultado útil? Compártelo con tus amigos quesófilos.
""")

# es 06: extracted regional health service page, health card
doc("es", "extracted", "service",
    "https://www.saludriojana-ciudadania.example/tramites/tarjeta-"
    "sanitaria-individual/solicitud", """
C Solicitar la tarjeta sanitaria individual
C La tarjeta sanitaria individual (TSI) es el documento que te identifica como usuario del servicio público de salud y te da acceso a la atención en centros de salud, hospitales y farmacias de toda la comunidad.
C ¿Quién puede solicitarla?
C! Personas empadronadas en la comunidad con derecho a asistencia sanitaria
C! Recién nacidos, a partir de su inscripción en el Registro Civil
C! Personas extranjeras con residencia legal y número de identidad de extranjero
C Documentación necesaria
C! DNI, NIE o pasaporte en vigor
C! Certificado de empadronamiento con fecha de los últimos tres meses
C! Documento de afiliación a la Seguridad Social o resolución del INSS
C En el caso de menores, también el libro de familia o la partida de nacimiento.
C Cómo hacer la solicitud
C Puedes solicitarla de forma presencial en el servicio de admisión de tu centro de salud, con cita previa, o a través de la sede electrónica con certificado digital o Cl@ve. El trámite es gratuito.
C Una vez aprobada, recibirás la tarjeta en tu domicilio en un plazo aproximado de 15 días. Mientras tanto, puedes usar el documento provisional que te entregan en el centro de salud o que descargas en la sede electrónica.
C Pérdida o deterioro
C Si pierdes la tarjeta o está dañada, puedes pedir un duplicado por los mismos medios. El primer duplicado es gratuito; a partir del segundo en el mismo año se cobra una tasa de 5,20 euros.
B Última actualización: 17/01/2025
B ¿Te ha sido útil esta información? Sí / No
""")

# es 07: forum about public-sector exams, full page
doc("es", "page", "forum",
    "https://www.comunidad-opositores.example/foro/oposiciones-"
    "administrativo/cuantas-horas-estudiais-al-dia-t15530.html", """
B ¿Cuántas horas estudiáis al día? - Auxiliar Administrativo del Estado - Comunidad Opositores
B Comunidad Opositores
B El foro de quienes preparan oposiciones
B Inicio
B Foros
B Convocatorias
B Temarios
B Test online
B Academias
B Registrarse
B Entrar
B Índice del foro
B Administración General
B Auxiliar Administrativo del Estado
C ¿Cuántas horas estudiáis al día? Trabajo a jornada completa
B Responder
B 6 respuestas
N Mensaje de Carmen_AGE » 08 Ene 2025 21:47
C Hola a todos. Este año me he decidido a preparar la oposición de auxiliar administrativo, pero trabajo de 8 a 15 en una tienda y tengo una niña de cuatro años.
C Por las tardes, entre unas cosas y otras, solo consigo sacar una hora y media como mucho. ¿Es suficiente para aprobar en una convocatoria, o estoy perdiendo el tiempo? ¿Cómo os organizáis los que trabajáis?
N Mensaje de JoseLu_Opos » 08 Ene 2025 22:10
C Yo aprobé en la convocatoria anterior trabajando también a jornada completa. Estudiaba una hora y media entre semana y unas cuatro horas el sábado. El domingo, descanso total.
C Lo importante es la constancia, no el número de horas. Un día sin estudiar no pasa nada; una semana sin estudiar se nota muchísimo.
N Mensaje de Carmen_AGE » 08 Ene 2025 22:31
C ¿Y cómo repartías el tiempo entre temario y test?
N Mensaje de JoseLu_Opos » 09 Ene 2025 08:05
C Los primeros meses casi todo temario. A partir de la mitad, empecé a hacer un test de 50 preguntas cada día, y en los últimos dos meses casi solo test y simulacros cronometrados.
C Y algo que me ayudó mucho: repasar en el móvil con tarjetas en los ratos muertos, en el autobús o esperando en el médico. Parecen minutos sueltos, pero suman.
N Mensaje de Marta_Valencia » 09 Ene 2025 10:48
C Ánimo, Carmen. Yo no aprobé a la primera, pero sí a la segunda, con dos niños. Ten en cuenta que la parte de ofimática puntúa mucho y se puede practicar directamente con el ordenador, que a veces cansa menos que leer temas.
B Responder
B Citar
B Volver a «Auxiliar Administrativo del Estado»
B Temas similares
B ¿Merece la pena una academia online?
B Plantilla de planificación semanal para opositores
B Quién está conectado
B Usuarios navegando por este foro: 3 registrados y 41 invitados
B Normas del foro
B Aviso legal
B Política de privacidad
B Contacto
""")

# ---------------------------------------------------------------- English --

# en 01: extracted local news, library reopens after flood
doc("en", "extracted", "article",
    "https://www.millbrook-valley-courier.example/news/local/2025/04/"
    "east-branch-library-reopens-eighteen-months-after-flood", """
C East Branch library reopens 18 months after flood, with a few surprises
C The rebuilt branch has a raised floor, a basement-free design and a room you can book to record a podcast.
B By Dana Whitfield | Updated April 12, 2025, 4:37 p.m. ET
B~ · 5 min read
C The line outside the East Branch library on Saturday morning stretched past the bakery on the corner. Some people came for books. Many came just to see the place again.
C Mayor Luis Ortega cut a ribbon at 10 a.m., and within the first hour staff had issued 73 new library cards, more than the branch usually issues in a month.
C The branch on Harmon Street closed in October 2023, when the Millbrook River crested nearly four feet above flood stage and sent water through the basement and into the ground-floor reading room. 
C About 14,000 books, most of the children's collection and the entire local history archive were damaged.
C "We lost a lot of things that can't be bought again," branch manager Teresa Okafor said as she unlocked the doors. "But we also got a chance to rebuild it the way it should have been built in the first place."
B+ Advertisement
C+ The new building sits on a floor raised 30 inches above the old one. 
C The basement, where the archive used to be stored, has been filled in. Electrical equipment and the heating system now sit on the roof.
C The rebuild cost $6.2 million, roughly two-thirds of it covered by federal disaster funds and insurance. The rest came from the city's capital budget and a community fundraising campaign that collected just over $410,000.
B Read more: Millbrook council approves new floodwall study for the riverfront
C A recording room and longer hours
C Beyond the flood protection, the branch added features that patrons had asked for in surveys. A small soundproofed room can be booked free of charge to record podcasts or video calls. The children's area doubled in size and now has a reading nook built into a wall of windows.
C The branch will also stay open until 8 p.m. on weekdays, two hours later than before, and open on Sundays from noon to 5 p.m.
C Much of the local history collection is gone for good. Volunteers managed to dry and scan about 600 photographs and letters, which are now available in a digital archive. 
C Okafor said the library is asking residents to bring in old photos of the neighborhood so they can be scanned as well.
C Retired teacher Walter Beaumont, 81, was among the first through the door. He has had a library card at the branch since 1956.
C "The smell is different," he said, looking around. "But the librarians are the same. That's what matters."
B~ Photo: Millbrook Valley Courier
B Get the Courier's free morning newsletter: the top local stories, delivered to your inbox before 7 a.m.
B Comments (14)
""")

# en 02: extracted product page, mechanical keyboard
doc("en", "extracted", "product",
    "https://www.keystone-peripherals.example/products/tkl-87-wireless-"
    "mechanical-keyboard", """
C Keystone TKL-87 Wireless Mechanical Keyboard
C! Price: $139.00 USD
B Free shipping on orders over $50. Ships in 1-2 business days.
C! Switches: Linear Red, Tactile Brown or Clicky Blue
C! Layout: US ANSI, tenkeyless (87 keys)
B Add to cart
C The TKL-87 gives you the feel of a full-size board without the number pad eating into your mouse space. Connect it by USB-C cable, Bluetooth to up to three devices, or the included 2.4 GHz dongle for low-latency gaming.
C Every switch is hot-swappable, so you can pull a switch with the included tool and try another type without soldering. The gasket-mounted plate and two layers of foam dampen the hollow ping that many budget boards have.
C The PBT keycaps are double-shot, so the legends never wear off, and the per-key RGB backlight can be set from the keyboard itself. No software required.
C Specifications
C! Connectivity: USB-C, Bluetooth 5.1, 2.4 GHz wireless
C! Battery: 4,000 mAh, up to 200 hours with backlight off
C! Polling rate: 1,000 Hz wired and 2.4 GHz
C! Case: ABS with aluminum top frame
C! Dimensions: 14.4 × 5.4 × 1.5 in
C! Weight: 2.1 lb
C! Compatibility: Windows, macOS, Linux, iPadOS
C What's in the box: keyboard, USB-C cable, 2.4 GHz receiver, keycap and switch puller, quick start guide.
B Rated 4.8 out of 5 based on 641 reviews
N "Typing on this is a joy. The browns are tactile without being loud, and battery life is ridiculous." - Priya S.
B You may also like: Coiled USB-C Cable, Walnut Wrist Rest
""")

# en 03: camera shop, used gear listing, full page
doc("en", "page", "listing",
    "https://www.harbor-light-cameras.example/used/lenses?mount=f-mount&"
    "sort=newest", """
B Used Lenses - F Mount | Harbor Light Cameras
B Skip to main content
B Free shipping on used gear over $99
B Harbor Light Cameras
B Search cameras, lenses, accessories
B Sign in
B Cart (0)
B New
B Used
B Rentals
B Trade-In
B Film & Darkroom
B Repairs
B Workshops
B Home
B Used
B Lenses
B Nikon F Mount
C Used Nikon F-Mount Lenses
C Every used item is inspected and graded by our technicians and comes with a 6-month Harbor Light warranty.
B Filter results
B Condition
B Like New (4)
B Excellent (12)
B Good (9)
B Fair (3)
B Focal length
B Wide angle
B Standard
B Telephoto
B Price
B Under $200
B $200 - $500
B Over $500
B Sort by: Newest
B Showing 1-6 of 28
C! Nikon AF-S 50mm f/1.8G
C! Condition: Excellent · includes caps and hood
C! Our price $149.00 (new $219.95)
B Add to cart
C! Nikon AF-S 24-70mm f/2.8G ED
C! Condition: Good · light wear on zoom ring, clean glass
C! Our price $689.00 (new $1,299.95)
B Add to cart
C! Nikon AF-S 70-300mm f/4.5-5.6G VR
C! Condition: Like New · original box
C! Our price $379.00 (new $549.95)
B Add to cart
C! Nikon AI-S 28mm f/2.8 (manual focus)
C! Condition: Excellent · smooth focus, no haze
C! Our price $219.00
B Add to cart
C! Tamron 17-50mm f/2.8 Di II for Nikon
C! Condition: Fair · cosmetic scratches, works perfectly
C! Our price $119.00 (new $449.00)
B Add to cart
C! Nikon AF 85mm f/1.8D
C! Condition: Good · minor dust, does not affect images
C! Our price $229.00 (new $479.95)
B Add to cart
B Previous
B 1
B 2
B 3
B 4
B 5
B Next
B Sell or trade your gear
B Get an instant quote and store credit worth up to 20% more than cash.
B About Us
B Store Hours
B Shipping & Returns
B Warranty
B Privacy Policy
B Terms of Use
B Copyright 2025 Harbor Light Cameras. All rights reserved.
""")

# en 04: extracted event listing, community makerspace workshops
doc("en", "extracted", "listing",
    "https://www.riverside-makers-guild.example/workshops/upcoming", """
C Upcoming Workshops at Riverside Makers Guild
C All workshops take place at our shop at 212 Foundry Lane unless noted otherwise. Materials are included in the price. Members get 20% off every class.
C! Intro to the Wood Shop: Safety and Basics
C! Saturday, March 8 · 9:00 a.m. - 1:00 p.m. · $65
C Required before using the table saw, jointer and planer unattended. You will leave with a small cutting board you made yourself.
B+ 3 spots left
C! Beginner Welding (MIG)
C! Tuesdays, March 11 - April 1 · 6:30 - 9:00 p.m. · $240 for 4 sessions
C Learn to set up a MIG welder and lay clean beads on mild steel. Bring closed-toe leather shoes and long sleeves in natural fibers.
C! Laser Cutter Certification
C! Thursday, March 13 · 7:00 - 8:30 p.m. · $30
C Covers materials that are safe to cut, file preparation in vector software and how to run a job. Certification is valid for two years.
C! Sewing Machine Repair Clinic
C! Sunday, March 16 · 1:00 - 4:00 p.m. · free, donations welcome
C Bring a machine that skips stitches or jams and our volunteer fixers will help you take it apart and get it running again.
C! Kids' Soldering: Build a Blinking Badge
C! Saturday, March 22 · 10:00 a.m. - noon · $25 · ages 9-14
C Each participant solders a small LED badge to take home. An adult must stay on site for the duration of the workshop.
C! Ceramics: Wheel Throwing for Beginners
C! Wednesdays, March 26 - April 30 · 6:00 - 8:30 p.m. · $280
C Held at our partner studio, Clayhouse, 48 Mill Street. Includes clay, glazes and two firings.
B Register online or at the front desk. Refunds are available up to 72 hours before the start of a workshop.
""")

# en 05: extracted collection, low-light houseplants, affiliate notes
doc("en", "extracted", "collection",
    "https://www.greenhouse-notebook.example/houseplants/best-plants-"
    "for-low-light-apartments", """
C 9 Houseplants That Actually Thrive in Low Light
C North-facing windows, basement apartments and offices with fluorescent lights don't have to mean a life without plants. These nine tolerate dim corners and occasional neglect, and most of them are easy to find at any garden center.
B Written by Hannah Okoye · Reviewed by certified horticulturist Mark Delaney
B We may earn a commission when you buy through links on our site.
C 1. ZZ Plant (Zamioculcas zamiifolia)
C! Light: low to bright indirect · Water: every 2-3 weeks · Toxic to pets
C Its thick rhizomes store water, so it forgives you for the month you forgot about it. Glossy leaves make it look healthier than it probably is.
C 2. Snake Plant (Dracaena trifasciata)
C! Light: low to bright indirect · Water: every 3-4 weeks · Toxic to pets
C Nearly indestructible and comfortable in a dark hallway. Overwatering is the only reliable way to kill it.
C 3. Cast Iron Plant (Aspidistra elatior)
C! Light: low · Water: when top inch is dry · Pet-safe
C Victorian parlors were famously dim, and this was the plant that survived them. Slow-growing but long-lived.
B+ Check price
C 4. Pothos (Epipremnum aureum)
C! Light: low to medium · Water: every 1-2 weeks · Toxic to pets
C Trails beautifully from a shelf and tells you when it's thirsty by drooping. Variegated forms lose some of their color in very low light.
C 5. Parlor Palm (Chamaedorea elegans)
C! Light: low to medium · Water: keep lightly moist · Pet-safe
C A small, soft palm that stays under four feet indoors. Brown tips usually mean the air is too dry.
C 6. Heartleaf Philodendron (Philodendron hederaceum)
C! Light: low to medium · Water: every 1-2 weeks · Toxic to pets
C Similar to pothos but with thinner, heart-shaped leaves. Pinch the stems back to keep it bushy.
C 7. Peace Lily (Spathiphyllum)
C! Light: low to medium · Water: weekly · Toxic to pets
C It flowers more with more light, but keeps its dark green leaves in shade. Wilts dramatically when dry and recovers within hours of watering.
C 8. Chinese Evergreen (Aglaonema)
C! Light: low to medium · Water: when top two inches are dry · Toxic to pets
C The darker green varieties handle shade best; the pink and red ones need a brighter spot.
C 9. Prayer Plant (Maranta leuconeura)
C! Light: low to medium · Water: keep evenly moist · Pet-safe
C Its leaves fold up at night like hands in prayer. Use filtered or rain water if the tips turn brown.
C One more tip: low light means slower growth, which also means the plant needs less water and almost no fertilizer. Most problems with shade plants come from too much care, not too little.
B Did you find this helpful? Pin it for later!
""")

# en 06: HTTP client library docs, retries and timeouts, full page
doc("en", "page", "documentation",
    "https://docs.fetchwell.example/en/latest/guide/retries-and-timeouts/",
    r"""
B Retries and timeouts - Fetchwell 3.2 documentation
B Skip to content
B Fetchwell
B v3.2
B Search docs
B Ctrl K
B GitHub
B Getting started
B Installation
B Quickstart
B User guide
B Making requests
B Sessions
B Authentication
B Retries and timeouts
B Streaming
B Testing
B API reference
B Changelog
B Guide
B Retries and timeouts
C Retrying failed requests and setting timeouts
C Network calls fail. Servers restart, load balancers drop connections and DNS lookups hang. Fetchwell does not retry anything by default, but it gives you the tools to decide what should be retried and how long a request may take.
C Setting a timeout
C Pass timeout to any request method or to a Session. A single number applies to the whole request; a Timeout object lets you set connect and read limits separately.
C import fetchwell
C r = fetchwell.get("https://api.example.org/items", timeout=5.0)
C session = fetchwell.Session(timeout=fetchwell.Timeout(connect=2.0, read=10.0))
C If the limit is exceeded, a fetchwell.TimeoutError is raised. Its phase attribute tells you whether the connect or the read phase timed out.
C Enabling retries
C Retries are configured with a RetryPolicy and attached to a session:
C policy = fetchwell.RetryPolicy(attempts=4, backoff=0.5, on_status={502, 503, 504})
C session = fetchwell.Session(retry=policy)
C! attempts: total number of tries, including the first one
C! backoff: base delay in seconds, doubled after every failed try
C! on_status: HTTP status codes that trigger a retry
C! retry_methods: methods considered safe to retry, by default GET, HEAD, OPTIONS, PUT and DELETE
C POST requests are never retried unless you add "POST" to retry_methods explicitly, because repeating them may create duplicate records on the server.
C Respecting Retry-After
C When a server answers with 429 or 503 and sends a Retry-After header, Fetchwell waits for the time given in the header instead of its own backoff, capped at max_wait (60 seconds by default).
C Note
C Retries multiply the worst-case duration of a call. With four attempts and a 10-second read timeout, a single request can take well over 40 seconds.
B Edit this page
B Previous
B Authentication
B Next
B Streaming
B Was this page helpful?
B © 2025 The Fetchwell contributors. Licensed under Apache-2.0.
B Built with a static site generator.
""")

# en 07: extracted woodworking forum thread
doc("en", "extracted", "forum",
    "https://www.sawdust-and-shavings.example/threads/best-finish-for-"
    "an-outdoor-cedar-bench.77410/", """
C Best finish for an outdoor cedar bench?
N greenwood_gary
N Jun 2, 2025
C Just finished a garden bench out of western red cedar, 2x4 frame and 1x6 slats, joined with stainless screws and some mortise and tenons on the legs. It will sit in full sun on a patio, Zone 6, so hot summers and plenty of snow.
C What would you put on it? I like the color of fresh cedar and would rather not have it go gray in a year, but I also don't want to be sanding and refinishing every spring.
N Bench_Dog_Betty
N Jun 2, 2025
C Honest answer: nothing you put on it in full sun will keep that fresh color for long. UV is brutal on cedar. Your options are basically:
C! Leave it bare and let it weather to silver gray. Zero maintenance.
C! Penetrating oil with UV blockers, recoat every year
C! Film finish like spar varnish, looks great until it peels
C I'd skip varnish on anything that lives outside year-round. Once water gets under the film, you're stripping the whole thing.
N greenwood_gary
N Jun 2, 2025
C Ok, that's helpful. If I go with oil, anything specific? Does it need to be a special exterior product?
N OldSchoolJoinery
N Jun 3, 2025
C Yes, get an exterior penetrating oil with pigment in it, even a very light tint. The pigment is what actually blocks UV; clear oils look nice for a few months and then gray anyway.
C Apply a thin coat, let it soak in for 15 minutes, then wipe off everything that's still on the surface. Do the end grain of the legs twice, that's where water wicks up from the patio. A pair of plastic glides under the feet helps a lot too.
N greenwood_gary
N Jun 9, 2025
C Went with a light cedar-tone oil. Two coats, wiped off as suggested. Looks great and water beads right up. I'll report back next spring on how it held up.
B Reply
B Like
B You must log in or register to reply here.
""")

# en 08: town council service page, residents' parking permit, full page
doc("en", "page", "service",
    "https://www.ashcombe-borough-council.example/parking/permits/"
    "residents-parking-permit", """
B Apply for a residents' parking permit - Ashcombe Borough Council
B Skip to main content
B We use some essential cookies to make this website work. We'd also like to set analytics cookies to understand how you use it.
B Accept analytics cookies
B Reject analytics cookies
B View cookies
B Ashcombe Borough Council
B Search this site
B Menu
B Bins and recycling
B Council tax
B Parking
B Planning
B Housing
B Schools
B Jobs
B Home
B Parking
B Parking permits
C Residents' parking permits
C If you live in a controlled parking zone (CPZ), you need a residents' permit to park on the street during the zone's hours. You can apply online and the permit is usually active within one working day.
C Who can apply
C You can apply if your main home is inside a CPZ and the vehicle is registered at that address, or you have a company or lease car that you use as your main car. Some new-build properties are not eligible for permits. This is shown in the property's planning conditions.
C What it costs
C The price depends on the vehicle's CO2 emissions and how many permits are already registered at your address.
C! First permit, 0 to 110 g/km CO2: £65 a year
C! First permit, 111 to 200 g/km CO2: £120 a year
C! First permit, over 200 g/km CO2: £210 a year
C! Second permit at the same address: add £60 to the price above
C! Fully electric vehicles: £30 a year
C You can pay for 3, 6 or 12 months. Shorter permits cost proportionally more.
C What you need
C! your vehicle registration number
C! proof of address dated within the last 3 months, such as a council tax bill or tenancy agreement
C! your vehicle registration certificate (V5C) or a letter from your employer or lease company
C Permits are digital. You will not get a paper permit to display; civil enforcement officers check your registration number.
B Apply for a permit
B Related content
B Visitor parking vouchers
B Find your controlled parking zone
B Blue Badge parking
B Was this page useful?
B Yes
B No
B Report a problem with this page
B Contact the council
B Accessibility statement
B Privacy notice
B Cookies
B Open data
B © Ashcombe Borough Council
""")


if __name__ == "__main__":
    main()
