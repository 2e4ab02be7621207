#!/usr/bin/env python3
"""Build the fifth hand-written training batch for deboil.

Writes tests/data/train/{de5,fr5,es5}.jsonl: 16 German, 4 French and
4 Spanish documents, in the JSON Lines format of the eval sets (id, source,
split, task, lang, url, page_type, text, keep, drop), with source
"deboil-train", split "train" and ids "train5-<lang>-<nn>".

Every document below was written by hand for this batch; no text was copied
from the web, from a data set, from an eval set or from the earlier training
batches (scripts/make_train_set.py ... scripts/make_train_set4.py), whose
sites and topics it avoids. Each document sits on a fictional site of its
own (host under the reserved ".example" TLD), because the trainer splits its
cross-validation folds by host.

The batch mixes the two tasks about evenly (half "extracted", half "page")
and leans on the page types where short lines carry the content: listings
(a library catalogue's search results, free allotment gardens, first-aid
courses, volunteering offers, adult-education workshops, digital-skills
courses), collections (a fountain-pen category page, sourdough recipes,
an ice-cream "best of", chef's knives, potted herbs), product pages (a
balcony solar kit, sock yarn, a tent, a pressure cooker) and service pages
(a resident parking permit, a physiotherapy practice's prices, a shop's
returns page, a municipal pool, a public bike scheme). Articles, a forum
thread and a help-centre page complete the set. Short content lines (item
titles, prices, dates, places, spec values, opening hours) are marked C! so
that they get keep snippets, and a few documents use boilerplate words in
earnest (newsletter sign-up and Double-Opt-In, accessibility statements and
skip links, a shop's return policy) so that word lists alone cannot tell
content from boilerplate.

The markup (C / B / N lines, C+ / B+ glued without a space, C~ / B~ glued
with one space, C! forced keep), the rendering and the deterministic snippet
rules are those of scripts/make_blind_eval.py, which is imported as a module
and reused unchanged; only the record id, source, split and url differ.

Run from the repository root:

    python3 scripts/make_train_set5.py
"""

import written_sets

LANGS = ("de", "fr", "es")
EXPECTED = {"de": 16, "fr": 4, "es": 4}


M = written_sets.machinery()
SITED = written_sets.Sited(M, LANGS)
doc = SITED.doc


def main():
    # half extracted text, half full pages in each language; one host per
    # document
    written_sets.write_training_set(M, SITED, EXPECTED, "train5", "5",
                                    (0.45, 0.6), 1,
                                    written_sets.check_forced_keeps)


# ---------------------------------------------------------------------------
# Documents
# ---------------------------------------------------------------------------

# ----------------------------------------------------------------- German --

# de 01: library catalogue, search results for a keyword, full page
doc("de", "page", "listing",
    "https://katalog.mediothek-haslach.example/suche?q=permakultur&"
    "medienart=alle&sortierung=relevanz", """
B Permakultur – Suchergebnisse | Online-Katalog Mediothek Haslach
B Direkt zu den Suchergebnissen
B Zur Navigation
B Hinweis: Dieser Katalog setzt nur technisch notwendige Cookies, damit Ihre Sitzung und Ihre Merkliste erhalten bleiben. Ein Tracking findet nicht statt.
B Verstanden
B Mediothek Haslach im Kinzigtal
B Startseite
B Öffnungszeiten & Anfahrt
B Neuerwerbungen
B Onleihe
B Veranstaltungen
B Mein Konto
B Anmelden
B Merkliste (0)
B Einfache Suche
B Erweiterte Suche
B Suchhistorie
B Ihre Suche: Permakultur
B Suche starten
C 14 Treffer für „Permakultur“ im Bestand der Mediothek
B Sortieren nach
B Relevanz
B Erscheinungsjahr (neueste zuerst)
B Titel (A–Z)
B Treffer pro Seite: 10 | 25 | 50
B Ergebnisse eingrenzen
B Medienart
B Buch (9)
B E-Book (3)
B Zeitschrift (1)
B DVD (1)
B Nur ausleihbare Medien anzeigen
C Permakultur im Hausgarten: planen, pflanzen, ernten
C! Ruth Bäuerle · Gartenwerk Verlag, 2022
C! Buch · Signatur: Nat 652 Bäu
C! Verfügbar, 2 Exemplare im Regal
B Merken
B Vormerken
B Details
C Vom Rasen zum Waldgarten: Essbare Landschaften auf kleiner Fläche
C! Mats Lindqvist, aus dem Schwedischen von Jana Fuchs · 2021
C! Buch · Signatur: Nat 652 Lin
C! Entliehen bis 18.06.2025, 1 Vormerkung
B Merken
B Vormerken
B Details
C Permakultur für Einsteiger
C! Tobias Wendling · Ökobuch Lahr, 2023
C! E-Book (EPUB) über die Onleihe Ortenau
C! Sofort ausleihbar, Leihfrist 14 Tage
B Merken
B Zur Onleihe
C Der Garten als Kreislauf: Kompost, Mulch und Mischkultur
C! Heike Armbruster · Bodenständig Verlag, 2019
C! Buch · Signatur: Nat 651 Arm
C! Verfügbar, 1 Exemplar im Regal
B Merken
B Vormerken
B Details
C Wildnis vor der Haustür. Ein Jahr im Permakulturgarten
C! Dokumentarfilm, 92 Minuten, FSK 0 · 2020
C! DVD · Signatur: DVD Nat Wil
C! Entliehen bis 02.06.2025
B Merken
B Vormerken
B Details
B 1 bis 5 von 14 Treffern
B Seite 1 2 3
B Nächste Seite ›
B Nicht gefunden, was Sie suchen? Schlagen Sie uns ein Medium zur Anschaffung vor oder bestellen Sie es per Fernleihe.
B Mediothek Haslach · Klosterstraße 4 · Haslach im Kinzigtal
B Impressum
B Datenschutz
B Barrierefreiheit
B Hilfe zur Katalogsuche
B © 2025 Stadt Haslach im Kinzigtal
""")

# de 02: extracted listing, allotment gardens up for lease
doc("de", "extracted", "listing",
    "https://www.kleingarten-chemnitz-nordost.example/gaerten-frei/"
    "?sortierung=neueste", """
C Freie Kleingärten im Stadtverband Chemnitz-Nordost
C Aktuell sind in unseren Mitgliedsvereinen vier Parzellen zur Neuverpachtung frei. Für die Übernahme eines Gartens zahlen Sie dem Vorpächter eine Ablöse für Laube, Gehölze und Anpflanzungen, die ein Wertermittler des Verbandes festgelegt hat. Dazu kommen Pacht, Mitgliedsbeitrag und Nebenkosten.
B~ Stand: 12.05.2025
C! KGV „Am Mühlgraben“ e. V., Parzelle 23
C! Chemnitz-Furth · 340 m² · Laube in Massivbauweise
C! Ablöse: 2.800 € · Jahreskosten ca. 260 €
C Sonnige Eckparzelle mit Gewächshaus, Regentonnen und etwa zwanzig Jahre alten Obstbäumen. Strom ist vorhanden, Wasser gibt es nur von April bis Oktober.
B Merken
C! KGV „Sonnenhang“ e. V., Parzelle 7
C! Chemnitz-Glösa · 280 m² · Holzlaube mit Terrasse
C! Ablöse: 1.450 € · Jahreskosten ca. 210 €
C Die Beete sind in den letzten beiden Jahren etwas verwildert, die Laube ist aber trocken und das Dach wurde 2023 erneuert. Ideal für alle, die gern selbst anpacken.
C! KGV „Frohe Zukunft“ e. V., Parzelle 51
C! Chemnitz-Borna · 410 m² · Laube mit Anbau und Werkzeugschuppen
C! Ablöse: 3.900 € · Jahreskosten ca. 310 €
C Großer Garten am Rand der Anlage, direkt am Wanderweg. Der Vorpächter lässt auf Wunsch die Gartenmöbel und einen Rasenmäher gegen einen kleinen Aufpreis da.
B Anzeige
C! KGV „Erholung 1921“ e. V., Parzelle 12
C! Chemnitz-Hilbersdorf · 250 m² · kleine Gerätelaube
C! Ablöse: 600 € · Jahreskosten ca. 190 €
C Überschaubare Parzelle ohne Strom, dafür mit Wasseranschluss am Weg. Gut geeignet für Familien mit Kindern, der Spielplatz des Vereins liegt gleich nebenan.
C Bitte beachten Sie, dass mindestens ein Drittel der Fläche kleingärtnerisch genutzt werden muss, also für Obst, Gemüse und Kräuter. Reine Rasen- und Erholungsgärten sind nach dem Bundeskleingartengesetz nicht zulässig.
B Interesse? Schreiben Sie uns über das Kontaktformular oder kommen Sie in die Sprechstunde der Geschäftsstelle.
B Seite 1 von 2 · Nächste Seite
""")

# de 03: first-aid course finder of a relief organisation, full page
doc("de", "page", "listing",
    "https://kurse.rettungsbund-foerde.example/erste-hilfe/kiel"
    "?kursart=alle&freie-plaetze=1", """
B Erste-Hilfe-Kurse in Kiel buchen – Rettungsbund Förde e. V.
B Zum Inhalt springen
B Wir verwenden Cookies und ähnliche Technologien. Einige davon sind essenziell, während andere uns helfen, diese Website und Ihre Erfahrung zu verbessern. Wenn Sie unter 16 Jahre alt sind und Ihre Zustimmung zu freiwilligen Diensten geben möchten, müssen Sie Ihre Erziehungsberechtigten um Erlaubnis bitten.
B Alle akzeptieren
B Nur essenzielle Cookies akzeptieren
B Individuelle Datenschutzeinstellungen
B Rettungsbund Förde
B Spenden
B Mitglied werden
B Kurse
B Erste Hilfe
B Sanitätsdienst
B Jugend
B Ehrenamt
B Über uns
B Kursverwaltung für Betriebe
B Startseite > Kurse > Erste Hilfe > Kiel
C Erste-Hilfe-Kurse in Kiel und Umgebung
C Ob für den Führerschein, als betrieblicher Ersthelfer oder für junge Eltern: In unseren Kursen üben Sie in kleinen Gruppen, was im Notfall zählt. Die Teilnahmebescheinigung erhalten Sie direkt am Ende des Kurses.
B Kursart
B Alle Kursarten
B Ort
B Kiel und Umkreis 20 km
B Zeitraum
B Nur Kurse mit freien Plätzen
B Filter zurücksetzen
B 9 Kurse gefunden
B Sortieren: Datum aufsteigend
C Erste Hilfe Grundkurs (Führerschein, Betriebe)
C! Samstag, 14.06.2025, 08:30 bis 16:00 Uhr
C! Kiel-Gaarden, Lehrsaal Werftstraße 12
C! Kursgebühr: 60,00 € · noch 5 Plätze frei
B Jetzt buchen
C Erste Hilfe am Kind
C! Dienstag, 17.06. und Donnerstag, 19.06.2025, jeweils 18:00 bis 21:45 Uhr
C! Kiel-Wik, Familienzentrum Holtenauer Straße
C! Kursgebühr: 55,00 € · noch 2 Plätze frei
C Für Eltern, Großeltern und Tagespflegepersonen. Schwerpunkte sind verschluckte Gegenstände, Fieberkrämpfe und Unfälle im Haushalt.
B Jetzt buchen
C Erste Hilfe Fortbildung für betriebliche Ersthelfer
C! Mittwoch, 18.06.2025, 08:30 bis 16:00 Uhr
C! Kronshagen, Bürgerhaus, Raum 2
C! Kursgebühr: 60,00 €, bei Abrechnung über die BG kostenfrei
B Ausgebucht – auf die Warteliste setzen
C Erste Hilfe Outdoor
C! Samstag, 21.06. und Sonntag, 22.06.2025
C! Kiel-Schilksee, Vereinsheim am Olympiahafen
C! Kursgebühr: 95,00 € inkl. Verpflegung · noch 7 Plätze frei
C Zwei Tage draußen, mit realistischen Übungen zu Verletzungen beim Wandern, Paddeln und Segeln, wenn der Rettungsdienst länger braucht.
B Jetzt buchen
B Zeige 4 von 9 Kursen
B Weitere Kurse laden
B Sie möchten einen Kurs für Ihr Unternehmen buchen? Wir kommen auch zu Ihnen in den Betrieb. Angebot anfordern
B Rettungsbund Förde e. V. · Kreisverband Kiel
B Spendenkonto: IBAN DE00 0000 0000 0000 0000 00
B Kontakt
B Impressum
B Datenschutz
B Barrierefreiheit
B Cookie-Einstellungen
B Folgen Sie uns auf Instagram und Facebook
""")

# de 04: extracted listing, volunteering offers of a city agency
doc("de", "extracted", "listing",
    "https://www.freiwilligenboerse-muenster.example/engagement-finden/"
    "?bereich=alle&zeit=flexibel", """
C Engagement finden: 38 Angebote in Münster
B~ Suchauftrag speichern
C Hier finden Sie Einsatzmöglichkeiten bei Vereinen, Initiativen und sozialen Einrichtungen in Münster. Alle Angebote sind unentgeltlich; Fahrtkosten und Versicherung übernehmen in der Regel die Organisationen.
C Lesepatin oder Lesepate in der Grundschule
C! Grundschule am Kinderbach, Münster-Kinderhaus
C! 1 bis 2 Stunden pro Woche, vormittags
C Sie lesen mit Kindern der zweiten Klasse in Kleingruppen und helfen ihnen, Spaß an Büchern zu finden. Pädagogische Vorkenntnisse sind nicht nötig, Geduld schon.
B Merken
C Begleitung beim Einkaufen für Seniorinnen und Senioren
C! Nachbarschaftshilfe Hiltrup e. V.
C! flexibel, etwa alle zwei Wochen
C Mit einer älteren Person zum Wochenmarkt oder in den Supermarkt gehen, Taschen tragen, hinterher zusammen einen Kaffee trinken. Ein Auto brauchen Sie nicht.
C Fahrradwerkstatt für Geflüchtete
C! Offene Werkstatt am Hansaplatz
C! donnerstags von 17 bis 20 Uhr
C Gemeinsam gespendete Räder herrichten und Menschen zeigen, wie sie ihr Rad selbst reparieren. Grundkenntnisse in Fahrradtechnik sind willkommen.
B~ Neu
C Aufbauteam für das Stadtteilfest Coerde
C! Stadtteilbüro Coerde, Hamannplatz
C! einmalig am 5. und 6. Juli 2025
C Zelte aufbauen, Bänke tragen, Getränke ausschenken. Wer nur einen Tag oder ein paar Stunden Zeit hat, ist ebenfalls herzlich willkommen.
C Telefonpatenschaft gegen Einsamkeit
C! Zuhörtelefon Münster e. V.
C! ein Anruf pro Woche, bequem von zu Hause
C Sie telefonieren regelmäßig mit einem älteren Menschen, der allein lebt. Vorab gibt es eine kostenlose Schulung an zwei Abenden.
B Merken
B Seite 1 von 8 · Weiter
B Sie vertreten eine Organisation? Hier kostenlos ein Angebot einstellen
""")

# de 05: stationery shop, fountain pen category page, full page
doc("de", "page", "collection",
    "https://www.papeterie-tintenfass.example/schreibgeraete/"
    "fuellfederhalter/?sortierung=beliebtheit", """
B Füllfederhalter online kaufen | Papeterie Tintenfass
B Zum Hauptinhalt springen
B Kostenloser Versand ab 39 € – Lieferung in 1–3 Werktagen – 30 Tage Rückgaberecht
B Wonach suchen Sie?
B Anmelden / Registrieren
B Wunschliste
B Warenkorb 0,00 €
B Schreibgeräte
B Papier & Notizbücher
B Tinte & Zubehör
B Kalligrafie
B Geschenkideen
B Sale %
B Startseite > Schreibgeräte > Füllfederhalter
C Füllfederhalter
C Ob für die ersten Schreibversuche in der Grundschule, für das tägliche Tagebuch oder als Geschenk zum Abschluss: Bei uns finden Sie Füller mit Stahl- und Goldfeder, für Patronen oder mit Konverter, von günstig bis besonders.
B 27 Artikel
B Sortieren nach: Beliebtheit
B Filter
B Marke
B Federbreite
B Befüllsystem
B Preis
B Farbe
B Alle Filter anzeigen
C Kolibri Schulfüller Start, linkshänderfreundlich
C! Federbreite A oder M, für Standardpatronen
C! 14,90 €* · sofort lieferbar
B (58 Bewertungen)
B In den Warenkorb
B Merken
C Nordfeder Classic 200, Edelstahl gebürstet
C! Federbreite EF, F, M oder B
C! 39,00 €* · Lieferzeit 2–4 Werktage
B (112 Bewertungen)
B In den Warenkorb
B Merken
C Tintenfass Edition „Elbsand“, Harz marmoriert
C! Stahlfeder F, mit Konverter, nur bei uns erhältlich
C! statt 79,00 € jetzt 64,00 €*
C Nur noch 3 Stück auf Lager
B In den Warenkorb
B Merken
C Kaikō Kolbenfüller 580 mit 14-Karat-Goldfeder
C! Kolbenmechanik, Federbreite F oder M
C! 189,00 €* · sofort lieferbar
B (21 Bewertungen)
B In den Warenkorb
B Merken
C Nordfeder Safari Junior, transparent blau
C! Federbreite F, Patrone und Konverter möglich
C! 24,50 €* · sofort lieferbar
B (67 Bewertungen)
B In den Warenkorb
B Merken
B Seite 1 von 3
B Weiter
C Welche Federbreite passt zu mir?
C Für die meisten Handschriften ist eine F-Feder die richtige Wahl. Wer groß schreibt oder gern viel Tinte auf dem Papier sieht, greift zur M-Feder; EF eignet sich für kleine Schrift und Notizen auf dünnem Papier. Für Kinder im Grundschulalter empfehlen wir eine A-Feder, die besonders robust ist.
B Newsletter abonnieren und 10 % Rabatt auf die nächste Bestellung sichern
B Ihre E-Mail-Adresse
B Anmelden
B Mit Klick auf „Anmelden“ willigen Sie ein, dass wir Ihnen regelmäßig Informationen zu Angeboten per E-Mail senden. Sie erhalten zunächst eine E-Mail mit einem Bestätigungslink (Double-Opt-In). Die Einwilligung können Sie jederzeit widerrufen.
B Zahlungsarten: PayPal, Kauf auf Rechnung, Kreditkarte, Vorkasse
B Service
B Versand & Lieferung
B Rückgabe & Umtausch
B Kontakt
B Über uns
B Impressum
B AGB
B Widerrufsbelehrung
B Datenschutz
B Cookie-Einstellungen
B * Alle Preise inkl. gesetzl. MwSt., zzgl. Versandkosten
B © 2025 Papeterie Tintenfass, Hamburg-Ottensen
""")

# de 06: extracted recipe overview, sourdough breads, blank lines
doc("de", "extracted", "collection",
    "https://www.krume-und-kruste.example/rezepte/sauerteigbrote/", """
C Sauerteigbrote: Rezepte für jeden Tag und fürs Wochenende
C Ein eigener Sauerteig braucht etwas Zeit, belohnt aber mit Broten, die länger frisch bleiben und mehr Geschmack haben als jedes Hefebrot. Hier findest du alle unsere Rezepte, vom unkomplizierten Roggenmischbrot bis zum Landbrot mit langer Teigführung.
B~ 16 Rezepte
C Roggenmischbrot für Einsteiger
C Das erste Brot mit dem selbst angesetzten Sauerteig: ohne Kneten, ohne Dehnen und Falten, in der Kastenform gebacken.
C! Arbeitszeit 20 Min. · Gesamtzeit 16 Std.
C Dinkel-Vollkornbrot mit Sonnenblumenkernen
C Saftig durch ein Brühstück aus Haferflocken, hält sich gut eine Woche.
C! Arbeitszeit 30 Min. · Gesamtzeit 20 Std.
B Merken
C Landbrot mit Weizensauerteig
C Krosse Kruste, offene Krume: das Wochenendprojekt für alle, die schon ein paar Brote gebacken haben.
C! Arbeitszeit 45 Min. · Gesamtzeit 28 Std.
C Schnelle Sauerteigbrötchen
C Abends kurz geknetet, morgens nur noch formen und backen.
C! Arbeitszeit 25 Min. · Gesamtzeit 12 Std.
B Anzeige
C Kartoffelbrot aus dem Topf
C Im gusseisernen Topf gebacken, mit gekochten Kartoffeln vom Vortag. Bleibt besonders lange weich.
C! Arbeitszeit 30 Min. · Gesamtzeit 18 Std.
C Sauerteig ansetzen in fünf Tagen
C Die Grundlage für alle Rezepte oben: Roggenmehl, Wasser und etwas Geduld. Mit Fotos zu jedem einzelnen Tag.
C! Arbeitszeit 10 Min. pro Tag · Gesamtzeit 5 Tage
B Mehr Rezepte laden
B Du willst kein Rezept mehr verpassen? Dann folge uns auf Pinterest und Instagram.
""", blank=True)

# de 07: extracted "best of" list, ice-cream parlours in Nuremberg
doc("de", "extracted", "collection",
    "https://www.nuernberg-geht-aus.example/essen-trinken/"
    "die-besten-eisdielen-nuernberg-fuerth", """
C Eis in Nürnberg und Fürth: Sechs Eisdielen, für die sich der Umweg lohnt
C Die Kugel kostet inzwischen fast überall um die zwei Euro. Umso wichtiger, dass sie es wert ist. Wir haben uns durch die Stadt geschleckt und stellen unsere Lieblinge vor, von der klassischen Gelateria bis zur Manufaktur mit Sorten wie Schwarzbrot-Zimt.
B Von Lena Hofbauer · Aktualisiert am 22.05.2025
B~ Foto: Lena Hofbauer
C 1. Gelateria Bellavista
C! Gostenhof, Fürther Straße 184
C! Kugel 2,20 € · täglich 11 bis 22 Uhr
C Seit über vierzig Jahren in Familienhand. Das Pistazieneis wird aus sizilianischen Pistazien gemacht und kommt angenehm graugrün daher, nicht knallgrün.
C 2. Eismanufaktur Kaltblut
C! Fürth, Gustavstraße 31
C! Kugel 2,50 € · Mi bis So ab 13 Uhr
C Jede Woche neue Sorten, viele davon vegan. Unser Favorit: Aprikose mit Rosmarin. An Sommerwochenenden reicht die Schlange bis zum Grünen Markt.
B Anzeige
C 3. Eiscafé am Wöhrder See
C! Wöhrd, Uferpromenade 2
C! Kugel 2,00 € · bei schönem Wetter täglich ab 12 Uhr
C Kein Geheimtipp, aber die Lage ist unschlagbar: Eis auf die Hand und dann ans Wasser. Das Schokoladeneis ist dunkel und nicht zu süß.
B+ Sie wollen keinen Gastro-Tipp mehr verpassen? Abonnieren Sie unseren Newsletter.
C 4. Gelato Nonna Pia
C! Südstadt, Pillenreuther Straße 112
C! Kugel 1,90 € · Mo bis Sa 12 bis 21 Uhr
C Die günstigste Kugel auf unserer Liste und trotzdem keine Kompromisse: Das Stracciatella wird mit gehackter Bitterschokolade gemacht, nicht mit Streuseln.
C 5. Frostwerk
C! Maxfeld, Bucher Straße 9
C! Kugel 2,60 € · Di bis So 14 bis 22 Uhr
C Ungewöhnliche Sorten zum Probieren, etwa Gurke-Minze oder Karamell mit Salzbrezel. Wer sich nicht entscheiden kann, nimmt den Probierbecher mit vier Minikugeln.
B Lesen Sie auch: Biergärten in Nürnberg – unsere zehn Favoriten
C 6. Eisdiele Zuckerschnecke
C! Erlenstegen, Am Bauernmarkt 3
C! Kugel 1,80 € · nur Juni bis September
C Kleiner Kiosk im Grünen mit nur acht Sorten, die aber alle selbst gemacht sind. Bezahlt wird bar.
C Alle Preise gelten für eine Kugel im Becher oder in der Waffel, Stand Mai 2025. Die Öffnungszeiten können sich je nach Wetter ändern.
""")

# de 08: extracted product page, balcony solar kit
doc("de", "extracted", "product",
    "https://www.sonnendeck-energie.example/balkonkraftwerke/komplettsets/"
    "duo-800-bifazial", """
C Balkonkraftwerk Duo 800 bifazial – Komplettset mit 2 × 450 Wp
B~ ★★★★★ 4,8 (341 Bewertungen)
C! 449,00 € statt 529,00 €
C! inkl. 0 % MwSt. gemäß § 12 Abs. 3 UStG
C! Ausführung: ohne Halterung, Balkongeländer, Flachdach oder Wand
C! Lieferzeit: 5–7 Werktage, per Spedition frei Bordsteinkante
B In den Warenkorb
B~ Auf den Merkzettel
C Mit zwei bifazialen Glas-Glas-Modulen und einem 800-Watt-Wechselrichter holt dieses Set so viel aus Ihrem Balkon heraus, wie derzeit ohne Elektriker erlaubt ist. Die Rückseite der Module nutzt zusätzlich das Licht, das von hellen Wänden oder vom Boden zurückgeworfen wird, und bringt je nach Standort fünf bis zehn Prozent mehr Ertrag.
C Der Wechselrichter wird einfach mit dem beiliegenden Kabel an eine Außensteckdose angeschlossen. In der App sehen Sie jederzeit, wie viel Strom Ihre Anlage gerade erzeugt.
C Lieferumfang
C! 2 × Solarmodul bifazial 450 Wp, Glas-Glas
C! 1 × Mikrowechselrichter 800 W mit WLAN
C! 5 m Anschlusskabel mit Schukostecker
C! Montagematerial je nach gewählter Ausführung
C Technische Daten
C! Modulmaße: 1.722 × 1.134 × 30 mm
C! Gewicht pro Modul: 24,5 kg
C! Wirkungsgrad der Module: 22,5 %
C! Garantie: 12 Jahre Produktgarantie, 30 Jahre Leistungsgarantie
C Anmeldung nicht vergessen: Steckersolargeräte müssen nur noch im Marktstammdatenregister der Bundesnetzagentur eingetragen werden, die Meldung beim Netzbetreiber entfällt. Das dauert etwa zehn Minuten; eine Schritt-für-Schritt-Anleitung liegt jedem Paket bei.
C Hinweis für Mieterinnen und Mieter: Vermieter dürfen ein Balkonkraftwerk inzwischen nur noch in Ausnahmefällen ablehnen. Sprechen Sie trotzdem vorher mit ihnen, vor allem wenn die Module außen am Geländer hängen sollen.
B Das könnte Sie auch interessieren: Batteriespeicher Akkubox 1,6 kWh, Zähler-Adapter mit WLAN
B Fragen zum Produkt? Unsere Solarberatung erreichen Sie Mo–Fr von 8 bis 18 Uhr.
""")

# de 09: yarn shop, sock yarn product page, full page
doc("de", "page", "product",
    "https://www.wollkorb-manufaktur.example/garne/sockenwolle/"
    "fjordsocke-4-fach-uni?farbe=nebelgrau", """
B Fjordsocke 4-fach · Sockenwolle | Wollkorb Manufaktur
B Zum Inhalt springen
B Wir nutzen Cookies, um unseren Shop für Sie zu verbessern und Ihnen passende Angebote zu zeigen. Mit „Alle akzeptieren“ stimmen Sie der Nutzung aller Cookies zu. Unter „Einstellungen“ können Sie selbst auswählen, welche Cookies Sie zulassen. Weitere Informationen finden Sie in unserer Datenschutzerklärung.
B Alle akzeptieren
B Einstellungen
B Ablehnen
B Versandkostenfrei ab 50 € · Kauf auf Rechnung · Handverlesene Garne aus Europa
B Wollkorb Manufaktur
B Suche
B Konto
B Merkzettel
B Warenkorb
B Garne
B Nadeln & Zubehör
B Anleitungen
B Strickpakete
B Workshops
B Blog
B Garne » Sockenwolle » Fjordsocke
C Fjordsocke 4-fach uni, Sockenwolle 100 g
C! 6,90 € pro Knäuel à 100 g
C! Grundpreis: 69,00 € / 1 kg
B inkl. MwSt. zzgl. Versandkosten
C! Gewählte Farbe: Nebelgrau
C! Weitere Farben: Moosgrün, Rostrot, Nachtblau, Senfgelb, Naturweiß
C! Auf Lager, Lieferzeit 1–3 Werktage
B Menge
B 1
B In den Warenkorb
B Auf den Merkzettel
B Frage zum Artikel stellen
B Beschreibung
B Details & Pflege
B Bewertungen (23)
C Unsere Fjordsocke ist eine klassische vierfädige Sockenwolle aus 75 % Schurwolle und 25 % Polyamid. Die Wolle stammt von Schafen aus Norwegen und wird in einer kleinen Spinnerei in Portugal gesponnen und gefärbt. Sie ist superwash-ausgerüstet, fusselt kaum und hält auch häufiges Waschen aus.
C Ein Knäuel reicht für ein Paar Socken bis Schuhgröße 40; für größere Füße oder lange Schäfte empfehlen wir zwei Knäuel. In den uni gefärbten Tönen kommen Zopf- und Strukturmuster besonders schön zur Geltung.
C Details
C! Zusammensetzung: 75 % Schurwolle, 25 % Polyamid
C! Lauflänge: 420 m / 100 g
C! Nadelstärke: 2,25–3 mm
C! Maschenprobe: 30 M × 42 R = 10 × 10 cm
C! Pflege: Maschinenwäsche 40 °C im Wollprogramm, nicht in den Trockner
N Bewertungen
N ★★★★★ Wunderbar weich und trotzdem robust. Meine ersten Socken daraus trage ich seit zwei Wintern. – Karin aus Lüneburg
N ★★★★☆ Senfgelb ist etwas dunkler als auf dem Foto, aber trotzdem schön. – strickliesel_84
B Alle Bewertungen anzeigen
B Bewertung schreiben
B Passend dazu
B Nadelspiel Bambus 2,5 mm
B Anleitung: Grundsocke mit Bumerangferse
B Sockenstopper aus Silikon, 4 Stück
B Zuletzt angesehen
B Newsletter
B Neue Garne, Strickanleitungen und Workshop-Termine einmal im Monat in Ihrem Postfach. Nach der Anmeldung schicken wir Ihnen eine E-Mail mit einem Bestätigungslink. Abmelden ist jederzeit möglich.
B E-Mail-Adresse
B Abonnieren
B Hilfe & Kontakt
B Versand & Zahlung
B Widerrufsrecht
B Impressum
B Datenschutz
B AGB
B Barrierefreiheit
B Geprüfter Shop – Käuferschutz bis 2.500 €
B © 2025 Wollkorb Manufaktur GmbH
""")

# de 10: town hall service page, resident parking permit, full page
doc("de", "page", "service",
    "https://www.lauenfurt.example/rathaus-buergerservice/"
    "dienstleistungen-a-z/bewohnerparkausweis", """
B Bewohnerparkausweis beantragen - Stadt Lauenfurt
B Zum Inhalt springen
B Zur Suche springen
B Leichte Sprache
B Gebärdensprache
B Kontrast
B Schriftgröße
B Stadt Lauenfurt
B Rathaus & Politik
B Bürgerservice
B Leben & Wohnen
B Wirtschaft
B Kultur & Freizeit
B Suchbegriff eingeben
B Sie sind hier: Startseite » Bürgerservice » Dienstleistungen von A bis Z » Bewohnerparkausweis
C Bewohnerparkausweis (Anwohnerparken)
C In den Bewohnerparkzonen der Altstadt und des Bahnhofsviertels dürfen Sie mit einem Bewohnerparkausweis ohne Parkschein und ohne zeitliche Begrenzung parken. Einen Anspruch auf einen freien Stellplatz gibt der Ausweis allerdings nicht.
C Voraussetzungen
C! Hauptwohnsitz in der jeweiligen Bewohnerparkzone
C! Das Fahrzeug ist auf Sie zugelassen oder Ihnen dauerhaft zur Nutzung überlassen.
C! Es wird nur ein Ausweis pro Person ausgestellt.
C Erforderliche Unterlagen
C! Personalausweis oder Reisepass mit Meldebestätigung
C! Zulassungsbescheinigung Teil I des Fahrzeugs
C! bei Firmen- oder Leihwagen: Bestätigung des Arbeitgebers bzw. Halters
C Gebühren
C! Ausweis für 12 Monate: 120,00 Euro
C! Ausweis für 24 Monate: 220,00 Euro
C! Ermäßigung für Inhaber des Lauenfurt-Passes: 50 Prozent
C! Änderung des Kennzeichens: 15,00 Euro
C Die Gebühr ist bei Antragstellung fällig. Sie können bar, mit Girocard oder über das Online-Bezahlverfahren zahlen.
C Verfahrensablauf
C Sie können den Ausweis online über das Bürgerservice-Portal oder persönlich im Bürgerbüro beantragen. Sind die Unterlagen vollständig, wird der Ausweis im Bürgerbüro sofort ausgedruckt; bei Online-Anträgen erhalten Sie ihn innerhalb von etwa zehn Tagen per Post.
C Zuständige Stelle
C! Bürgerbüro im Rathaus, Marktplatz 1, Erdgeschoss
C! Mo, Di, Fr 8 bis 12 Uhr · Do 14 bis 18 Uhr
C! Telefon 06543 0872-10; ohne Termin sind Wartezeiten möglich
B Online beantragen
B Termin buchen
B Downloads
B Antrag auf Erteilung eines Bewohnerparkausweises (PDF, 212 KB)
B Karte der Bewohnerparkzonen (PDF, 1,4 MB)
B Das könnte Sie auch interessieren
B Parkausweis für Menschen mit Behinderung
B Ausnahmegenehmigung für Handwerksbetriebe
B Diese Seite teilen
B Seite drucken
B War diese Seite hilfreich?
B Ja
B Nein
B Stadt Lauenfurt
B Marktplatz 1 · Lauenfurt
B Impressum
B Datenschutz
B Erklärung zur Barrierefreiheit
B Barriere melden
B Kontakt
B Newsletter der Stadt
B © 2025 Stadt Lauenfurt
""")

# de 11: extracted service page, physiotherapy practice prices, blank lines
doc("de", "extracted", "service",
    "https://www.physio-am-saalebogen.example/leistungen-preise/", """
C Leistungen und Preise für Selbstzahler
C Alle Behandlungen, die Ihre Ärztin oder Ihr Arzt verordnet, rechnen wir direkt mit Ihrer Krankenkasse ab; Sie zahlen dann nur die gesetzliche Zuzahlung. Ohne Rezept oder als Privatpatient können Sie alle Leistungen auch selbst bezahlen. Die Preise gelten pro Behandlung.
C Krankengymnastik und Manuelle Therapie
C! Krankengymnastik, 20 Minuten: 34,00 €
C! Krankengymnastik am Gerät, 60 Minuten: 48,00 €
C! Manuelle Therapie, 25 Minuten: 42,00 €
C Massagen und Lymphdrainage
C! Klassische Massagetherapie, 20 Minuten: 30,00 €
C! Manuelle Lymphdrainage, 45 Minuten: 55,00 €
C! Heißluft oder Fango als Zusatz: 12,00 €
B Jetzt Termin online buchen
C Hausbesuche
C Wenn Sie die Praxis nicht aufsuchen können, kommen wir zu Ihnen nach Hause oder ins Pflegeheim, im Umkreis von 10 km. Auf dem Rezept muss dafür „Hausbesuch“ angekreuzt sein.
C! Zuschlag Hausbesuch: 18,00 € pro Besuch
C Terminabsagen
C Bitte sagen Sie Termine, die Sie nicht wahrnehmen können, mindestens 24 Stunden vorher ab. Kurzfristig abgesagte oder versäumte Termine müssen wir Ihnen leider mit 30 € in Rechnung stellen, denn die Kasse zahlt dafür nicht.
C Öffnungszeiten
C! Montag bis Donnerstag 7:30 bis 19:00 Uhr
C! Freitag 7:30 bis 14:00 Uhr
C! Termine nach telefonischer Vereinbarung unter 0345 000 21 40
B Wir suchen Verstärkung: Physiotherapeut (m/w/d) in Voll- oder Teilzeit – jetzt bewerben!
""", blank=True)

# de 12: children's clothing shop, returns and exchange page, full page
doc("de", "page", "service",
    "https://www.kinderkram-kiste.example/hilfe/ruecksendung-umtausch", """
B Rücksendung & Umtausch | Kinderkram-Kiste
B Direkt zum Inhalt
B Diese Website nutzt Cookies und ähnliche Technologien. Einige sind für den Betrieb des Shops notwendig, andere helfen uns, das Angebot zu verbessern und Werbung zu personalisieren. Sie können Ihre Einwilligung jederzeit in den Cookie-Einstellungen widerrufen.
B Alle akzeptieren
B Nur notwendige
B Einstellungen anpassen
B Gratis-Versand ab 50 € · 30 Tage Rückgabe · Rechnungskauf
B Kinderkram-Kiste
B Baby
B Mädchen
B Jungen
B Schuhe
B Spielzeug
B Second Hand
B Sale
B Mein Konto
B Merkzettel
B Warenkorb (0)
B Startseite / Hilfe & Service / Rücksendung
B Hilfe & Service
B Bestellung & Bezahlung
B Versand & Lieferung
B Rücksendung & Umtausch
B Größenberater
B Kontakt
C So funktioniert die Rücksendung bei uns
C Passt nicht, gefällt nicht, doppelt geschenkt bekommen? Kein Problem. Sie können jeden Artikel innerhalb von 30 Tagen nach Erhalt an uns zurückschicken, ohne Angabe von Gründen. Das gilt auch für reduzierte Ware.
C! Rückgabefrist: 30 Tage ab Erhalt der Ware
C! Rücksendung innerhalb Deutschlands: kostenlos
C! Rücksendung aus Österreich: 5,95 € pro Paket
C Schritt für Schritt
C! 1. Melden Sie sich in Ihrem Kundenkonto an und öffnen Sie „Meine Bestellungen“.
C! 2. Wählen Sie die Artikel aus, die Sie zurückschicken möchten, und klicken Sie auf „Rücksendung anmelden“.
C! 3. Drucken Sie das Rücksendeetikett aus oder lassen Sie sich den QR-Code für die Packstation anzeigen.
C! 4. Geben Sie das Paket in einer Filiale oder an einer Packstation ab.
C Sie haben ohne Kundenkonto bestellt? Dann nutzen Sie unser Rücksendeformular mit Ihrer Bestellnummer und der E-Mail-Adresse, die Sie bei der Bestellung angegeben haben.
C Wann bekomme ich mein Geld zurück?
C Sobald Ihr Paket bei uns eingetroffen und geprüft ist, erstatten wir den Betrag über die Zahlungsart, die Sie bei der Bestellung gewählt haben. Das dauert in der Regel drei bis fünf Werktage nach Eingang. Bei Kauf auf Rechnung passen wir einfach den offenen Betrag an.
C Umtausch
C Ein direkter Umtausch in eine andere Größe ist leider nicht möglich. Schicken Sie den Artikel einfach zurück und bestellen Sie die gewünschte Größe neu. So bekommen Sie sie am schnellsten, solange sie noch vorrätig ist.
C Was ist von der Rückgabe ausgeschlossen?
C! Unterwäsche und Bodys, wenn das Hygienesiegel entfernt wurde
C! Ohrstecker und Schnuller
C! personalisierte Artikel, etwa mit aufgesticktem Namen
C Bitte schicken Sie Kleidung ungewaschen und ungetragen zurück, Spielzeug möglichst in der Originalverpackung. Ihr gesetzliches Widerrufsrecht bleibt von diesen Regeln unberührt; die Einzelheiten finden Sie in unserer Widerrufsbelehrung.
B Noch Fragen? Unser Kundenservice ist Mo–Fr von 9 bis 17 Uhr für Sie da: Chat starten
B Zahlungsarten
B Versandpartner
B Newsletter abonnieren und 10 % sparen*
B Impressum
B AGB
B Widerrufsbelehrung
B Datenschutz
B Cookie-Einstellungen
B Barrierefreiheitserklärung
B * Gutschein nur für Neukunden, ab 40 € Bestellwert
B © 2025 Kinderkram-Kiste GmbH
""")

# de 13: extracted article about club newsletters and Double-Opt-In, with a
# real newsletter box glued into a sentence, blank lines
doc("de", "extracted", "article",
    "https://www.vereinspraxis-aktuell.example/kommunikation/"
    "vereins-newsletter-double-opt-in-richtig-einrichten", """
C Vereins-Newsletter: So klappt die Anmeldung mit Double-Opt-In
C Viele Vereine informieren ihre Mitglieder per E-Mail über Termine, Spielberichte und Versammlungen. Wer damit auch Nichtmitglieder erreicht, sollte die Anmeldung sauber regeln. Wir erklären, worauf es ankommt.
B Von Sabine Teuber · 03.04.2025 · Lesezeit 5 Minuten
C Ein Kasten mit „Newsletter abonnieren“ auf der Vereinswebsite ist schnell eingerichtet. Heikel wird es erst, wenn jemand die Adresse eines Dritten einträgt, aus Versehen oder aus Spaß. Dann bekommt eine Person Post, die nie darum gebeten hat, und der Verein kann im Zweifel nicht nachweisen, dass eine Einwilligung vorlag.
C Genau dafür gibt es das Double-Opt-In-Verfahren. Nach dem Eintragen der Adresse verschickt das System zunächst nur eine einzige E-Mail mit einem Bestätigungslink. Erst wenn die Empfängerin oder der Empfänger diesen Link anklickt, landet die Adresse tatsächlich im Verteiler.
B Foto: Vereinspraxis / Archiv
C Was in die Bestätigungsmail gehört
C Die Bestätigungsmail selbst darf noch keine Werbung enthalten, also keinen Hinweis auf das Sommerfest oder den Fanshop. Sie sollte knapp erklären, wofür die Adresse eingetragen wurde, und den Link enthalten. Mehr nicht.
C Festhalten sollten Vereine, wann die Anmeldung und wann die Bestätigung erfolgt ist. Die meisten Newsletter-Dienste erledigen das automatisch. Wer die Adressen dagegen von Hand in einer Tabelle sammelt und per Blindkopie verschickt, hat diesen Nachweis nicht.
B+ Jetzt unseren kostenlosen Newsletter für Vereinsvorstände abonnieren und keinen Praxistipp mehr verpassen!
C Das gehört in jede Ausgabe
C! ein funktionierender Abmeldelink, der ohne Login auskommt
C! ein Impressum oder ein Link darauf
C! ein Hinweis auf die Datenschutzerklärung des Vereins
C Für Mitglieder gelten etwas andere Regeln. Einladungen zur Mitgliederversammlung oder Informationen zum Beitragseinzug gehören zur Mitgliederverwaltung und dürfen in der Regel auch ohne gesonderte Einwilligung per E-Mail verschickt werden, wenn die Mitglieder ihre Adresse dafür angegeben haben. Reine Werbung für Sponsoren gehört nicht dazu.
B Lesen Sie auch: Kassenprüfung im Verein – so läuft sie richtig ab
C Und wenn sich jemand abmeldet, muss die Adresse nicht nur aus dem Verteiler verschwinden. Sie darf auch nicht im nächsten Jahr bei einer „Aufräumaktion“ wieder importiert werden. Praktisch ist eine Sperrliste, die die meisten Dienste ebenfalls von Haus aus mitbringen.
C Unser Fazit: Ein sauberer Newsletter kostet den Verein einmal eine Stunde Einrichtung und erspart später viel Ärger.
""", blank=True)

# de 14: trade magazine, accessibility law for online shops, full page with
# comments
doc("de", "page", "article",
    "https://www.handel-digital-kompakt.example/recht/"
    "barrierefreiheit-onlineshops-was-ab-juni-gilt-a3817", """
B Barrierefreiheit im Onlineshop: Was ab 28. Juni gilt | Handel Digital Kompakt
B Zum Inhalt springen
B Wir und unsere Partner speichern und/oder greifen auf Informationen auf Ihrem Gerät zu, zum Beispiel auf Cookies, und verarbeiten personenbezogene Daten wie eindeutige Kennungen für personalisierte Anzeigen und Inhalte, Anzeigen- und Inhaltsmessung sowie Erkenntnisse über Zielgruppen.
B Zustimmen
B Ablehnen
B Weitere Optionen
B Handel Digital Kompakt
B E-Commerce
B Recht
B Marketing
B Logistik
B Podcast
B Events
B Newsletter
B Abo
B Login
B Start > Recht > E-Commerce
B Anzeige
C Barrierefreiheitsgesetz: Was kleine Onlineshops jetzt wissen müssen
C Seit dem 28. Juni 2025 müssen viele Onlineshops barrierefrei sein. Ausgenommen sind nur Kleinstunternehmen. Was das konkret heißt und wo Händler am häufigsten nachbessern müssen.
B Von Markus Ehrenreich
B 16.06.2025
B Lesezeit: 6 Min.
B Teilen
B LinkedIn
B Xing
B E-Mail
B Link kopieren
C Das Barrierefreiheitsstärkungsgesetz, kurz BFSG, setzt eine EU-Richtlinie um und gilt für alle, die Verbrauchern Produkte oder Dienstleistungen über eine Website oder App verkaufen. Ausgenommen sind lediglich Kleinstunternehmen mit weniger als zehn Beschäftigten und höchstens zwei Millionen Euro Jahresumsatz, und auch das nur für Dienstleistungen.
C „Viele Händler glauben, das Thema betreffe sie nicht, weil sie keine blinden Kunden hätten“, sagt Jana Wolters, die Shops auf Barrierefreiheit prüft. „Aber es geht genauso um ältere Menschen, um Leute mit Sehschwäche oder um jemanden, der mit gebrochenem Arm nur die Tastatur benutzen kann.“
C Die häufigsten Baustellen
C Bei ihren Prüfungen stößt Wolters immer wieder auf dieselben Probleme: Produktbilder ohne Alternativtext, hellgrauer Text auf weißem Grund, Formularfelder, die ein Screenreader nicht benennen kann. Besonders ärgerlich seien Cookie-Banner, die sich nicht mit der Tastatur schließen lassen. „Dann kommt man gar nicht erst in den Shop.“
C! Alternativtexte für alle Produktbilder
C! ausreichender Kontrast von Schrift und Hintergrund
C! vollständige Bedienbarkeit per Tastatur
C! Sprunglinks wie „Zum Inhalt springen“ am Seitenanfang
C! verständliche Fehlermeldungen im Checkout
C Außerdem verlangt das Gesetz eine Erklärung zur Barrierefreiheit, in der der Shop beschreibt, wie er die Anforderungen erfüllt. Viele Händler verlinken sie, ähnlich wie Impressum und Datenschutzerklärung, im Footer der Seite.
B Mehr zum Thema
B Neue Informationspflichten im Checkout: Das ändert sich 2025
B Abmahnwelle wegen Google Fonts: Was ist daraus geworden?
C Was droht bei Verstößen?
C Kontrolliert wird die Einhaltung von der Marktüberwachung der Länder. Sie kann Mängel beanstanden und im äußersten Fall Bußgelder von bis zu 100.000 Euro verhängen. Wolters hält zudem Abmahnungen durch Wettbewerber für möglich, rechnet aber nicht mit einer großen Welle.
C Ihr Rat: „Nicht alles auf einmal wollen. Erst die Startseite, die Produktseiten und den Checkout prüfen, dann weitermachen.“
B Artikel merken
B Drucken
B Kommentare (2)
N Tobias K.
N 17.06.2025, 09:12 Uhr
N Wir haben unseren Shop im Frühjahr prüfen lassen. Das Teuerste war am Ende nicht die Technik, sondern die Alternativtexte für 1.800 Produkte.
N Redaktion
N 17.06.2025, 10:40 Uhr
N Danke für den Einblick! Genau diese Erfahrung haben uns mehrere Händler geschildert.
B Um zu kommentieren, melden Sie sich bitte an. Noch kein Konto? Jetzt kostenlos registrieren.
B Bitte beachten Sie unsere Netiquette: Beleidigende oder werbliche Kommentare werden entfernt.
B Der Newsletter für den Onlinehandel
B Jeden Dienstag die wichtigsten Nachrichten aus E-Commerce, Recht und Logistik. Kostenlos und jederzeit kündbar.
B Jetzt anmelden
B Impressum
B Datenschutz
B Barrierefreiheit
B AGB
B Mediadaten
B Privatsphäre-Einstellungen
B © 2025 Handel Digital Kompakt
""")

# de 15: stove forum, smoke when lighting the stove, full phpBB page
doc("de", "page", "forum",
    "https://www.feuerstelle-forum.example/viewtopic.php?t=31207", """
B Kaminofen qualmt beim Anheizen in den Raum - Feuerstelle-Forum
B Feuerstelle-Forum
B Das Forum rund um Kaminöfen, Kachelöfen, Schornsteine und Brennholz
B Zum Inhalt
B Schnellzugriff
B Unbeantwortete Themen
B Aktive Themen
B Suche
B FAQ
B Registrieren
B Anmelden
B Foren-Übersicht ‹ Kaminöfen ‹ Schornstein & Zug
C Ofen qualmt beim Anheizen, danach zieht er normal
B Antworten
B 5 Beiträge • Seite 1 von 1
N Beitrag von Holzwurm_Oberland » Mo 13. Jan 2025, 19:42
C Hallo zusammen,
C wir haben seit Oktober einen Kaminofen mit 7 kW im Wohnzimmer, angeschlossen an einen Edelstahlschornstein außen an der Hauswand, etwa 8 m hoch. Der Schornsteinfeger hat alles abgenommen, die Zugmessung war angeblich in Ordnung.
C Problem: Beim Anheizen kommt jedes Mal Rauch in den Raum, sobald ich die Tür zum Nachlegen öffne, manchmal sogar schon beim ersten Anzünden. Wenn der Ofen nach 20 bis 30 Minuten richtig warm ist, ist alles gut. Was mache ich falsch?
B Ofen: Feuerhaus Lavik 7 kW | Holz: Buche, zwei Jahre gelagert
N Beitrag von Schornsteinfuchs » Mo 13. Jan 2025, 20:15
C Klassiker bei außenliegenden Edelstahlschornsteinen im Winter: Der Schornstein ist kalt, die Luftsäule darin ist schwer und drückt nach unten. Erst wenn er warm ist, entsteht genug Auftrieb.
C Zwei Tipps:
C! Vor dem Anzünden ein, zwei Blatt Zeitung direkt am Rauchrohranschluss abbrennen
C! Von oben anzünden, also Anzünder und dünnes Holz oben auf die großen Scheite
C Und die Tür beim Nachlegen erst einen Spalt öffnen, zehn Sekunden warten, dann ganz.
N Beitrag von Holzwurm_Oberland » Di 14. Jan 2025, 08:03
C Danke! Das mit dem Anzünden von oben habe ich gestern Abend probiert, deutlich besser. Beim Anzünden kam überhaupt kein Rauch mehr raus.
C Beim Nachlegen qualmt es aber immer noch ein bisschen. Kann das an der Dunstabzugshaube in der offenen Küche liegen? Die läuft abends oft, wenn wir kochen.
N Beitrag von Ofenbauer_Ralf » Di 14. Jan 2025, 12:37
C Ja, das ist sehr wahrscheinlich der Grund. Eine Abluft-Dunstabzugshaube zieht so viel Luft aus dem Raum, dass der Ofen seine Abgase nicht mehr loswird. Das ist nicht nur lästig, sondern kann bei geschlossenen Fenstern gefährlich werden (Kohlenmonoxid!).
C Eigentlich darf eine Ablufthaube zusammen mit dem Ofen nur mit einer Sicherheitseinrichtung wie einem Fensterkontaktschalter oder Unterdruckwächter betrieben werden. Hat der Schornsteinfeger das bei der Abnahme nicht angesprochen?
B Ralf – Ofen- und Luftheizungsbauer seit 1998
N Beitrag von Holzwurm_Oberland » Di 14. Jan 2025, 18:50
C Doch, er hat gefragt, und ich habe gesagt, wir haben eine Umlufthaube. Stimmt aber nicht, hat mir meine Frau gerade erklärt. Ich rufe ihn morgen an, danke euch allen.
B Nach oben
B Antworten
B Zurück zu „Schornstein & Zug“
B Gehe zu
B Wer ist online?
B Mitglieder in diesem Forum: 0 Mitglieder und 14 Gäste
B Foren-Übersicht
B Das Team
B Impressum
B Datenschutzerklärung
B Nutzungsbedingungen
B Alle Zeiten sind UTC+01:00
B Powered by phpBB® Forum Software © phpBB Limited
""")

# de 16: extracted help-centre article, club fees by SEPA direct debit
doc("de", "extracted", "documentation",
    "https://hilfe.vereinsmeister-online.example/handbuch/finanzen/"
    "beitraege-per-sepa-lastschrift-einziehen", """
C Mitgliedsbeiträge per SEPA-Lastschrift einziehen
B Zuletzt aktualisiert am 28.02.2025 · Gilt für: Vereinsmeister Online Standard und Premium
C Mit einem Lastschriftlauf ziehen Sie die fälligen Beiträge aller Mitglieder mit gültigem Mandat in einem Schritt ein. Vereinsmeister erstellt dazu eine SEPA-XML-Datei, die Sie im Onlinebanking Ihres Vereinskontos hochladen.
C Voraussetzungen
C! eine Gläubiger-Identifikationsnummer der Deutschen Bundesbank
C! für jedes Mitglied ein unterschriebenes SEPA-Lastschriftmandat
C! eine hinterlegte Mandatsreferenz und das Datum der Unterschrift
C Die Gläubiger-ID tragen Sie einmalig unter Einstellungen > Vereinsdaten > Bankverbindung ein. Mandatsreferenzen vergibt Vereinsmeister automatisch beim Anlegen eines Mitglieds. Sie können sie aber auch von Hand ändern, etwa wenn Sie bestehende Mandate aus einem anderen Programm übernehmen.
C Lastschriftlauf erstellen
C! 1. Öffnen Sie Finanzen > Beiträge > Lastschriftlauf.
C! 2. Wählen Sie den Fälligkeitstermin und die Beitragsarten aus.
C! 3. Prüfen Sie die Vorschau und schließen Sie Mitglieder bei Bedarf aus.
C! 4. Klicken Sie auf „SEPA-Datei erzeugen“ und speichern Sie die Datei.
C! 5. Laden Sie die Datei im Onlinebanking als Sammellastschrift hoch.
C Vorabinformation nicht vergessen
C Vor jedem Einzug müssen Sie die Mitglieder über Betrag und Termin informieren, die sogenannte Pre-Notification. Üblich sind 14 Tage vorher; eine kürzere Frist geht nur, wenn sie vereinbart wurde, zum Beispiel in der Beitragsordnung. Vereinsmeister kann die Vorabinformation beim Erstellen des Laufs automatisch per E-Mail verschicken.
B~ Siehe auch: E-Mail-Vorlagen anpassen
C Fristen
C Eine SEPA-Basislastschrift muss spätestens einen Bankgeschäftstag vor dem Fälligkeitstermin bei der Bank eingehen. Viele Banken verlangen für Vereinskonten allerdings eine längere Vorlaufzeit; fragen Sie im Zweifel nach.
C Rücklastschriften
C Mitglieder können eine Lastschrift innerhalb von acht Wochen ohne Angabe von Gründen zurückgeben lassen. Rücklastschriften importieren Sie unter Finanzen > Kontoauszüge; Vereinsmeister markiert den Beitrag dann wieder als offen und verbucht die Bankgebühr auf Wunsch als Forderung an das Mitglied.
C! Tipp: Unter Berichte > Offene Posten sehen Sie alle noch nicht bezahlten Beiträge auf einen Blick.
B War dieser Artikel hilfreich? Ja Nein
B Verwandte Artikel: Beitragsarten anlegen · Mandate aus Excel importieren · Zuwendungsbestätigungen erstellen
""")

# ----------------------------------------------------------------- French --

# fr 01: neighbourhood centre, adult workshops for the season, full page
doc("fr", "page", "listing",
    "https://www.maison-pour-tous-saint-bruno.example/activites/adultes/"
    "?saison=2025-2026&jour=tous", """
B Ateliers adultes 2025-2026 – Maison pour tous Saint-Bruno
B Aller au contenu principal
B Ce site utilise des cookies de mesure d'audience. Vous pouvez les accepter ou les refuser ; votre choix sera conservé pendant six mois.
B Accepter
B Refuser
B En savoir plus
B Maison pour tous Saint-Bruno
B La structure
B Activités
B Accueil de loisirs
B Agenda
B Adhésion
B Nous trouver
B Mon espace adhérent
B Accueil › Activités › Adultes
C Les ateliers adultes de la saison 2025-2026
C Les ateliers reprennent la semaine du 15 septembre. Les inscriptions se font en ligne ou à l'accueil à partir du 1er septembre et nécessitent l'adhésion à l'association (10 € par personne ou 18 € par famille).
B Filtrer par
B Jour
B Discipline
B Niveau
B Places disponibles uniquement
B Réinitialiser
B 11 ateliers
B Afficher : 10 | 20 | Tous
C Poterie et modelage
C! Mardi, 18 h 30 – 20 h 30 · Atelier céramique, rez-de-chaussée
C! Tarif annuel : 240 €, terre et cuissons comprises
C! Complet – liste d'attente ouverte
B Ajouter à ma sélection
C Yoga doux
C! Jeudi, 9 h 30 – 10 h 45 · Grande salle
C! Tarif annuel : de 110 à 190 € selon le quotient familial
C! Reste 4 places
B S'inscrire
B Ajouter à ma sélection
C Couture : bien débuter avec une machine
C! Lundi, 14 h – 16 h · Salle des Tisserands, un lundi sur deux
C! Tarif annuel : 95 €, machines prêtées sur place
C! Reste 6 places
B S'inscrire
B Ajouter à ma sélection
C Conversation anglaise
C! Mercredi, 19 h – 20 h 30 · Salle 2, premier étage
C! Tarif annuel : 130 €
C! Niveau intermédiaire, petit test à l'inscription
B S'inscrire
B Ajouter à ma sélection
C Atelier d'écriture « Les mots du quartier »
C! Samedi, 10 h – 12 h · Médiathèque Saint-Bruno, une fois par mois
C! Tarif annuel : 60 €
C! Ouvert à toutes et à tous, sans niveau requis
B S'inscrire
B Ajouter à ma sélection
B Précédent
B 1
B 2
B 3
B Suivant
B Maison pour tous Saint-Bruno · 12 rue des Tisserands, Grenoble
B Accueil du lundi au vendredi, 9 h – 12 h et 14 h – 18 h 30
B Avec le soutien de la Ville et de la Caisse d'allocations familiales
B Mentions légales
B Accessibilité : non conforme
B Politique de cookies
B Plan du site
""")

# fr 02: extracted product page, three-person dome tent
doc("fr", "extracted", "product",
    "https://www.bivouac-et-riviere.example/tentes/3-places/"
    "tente-dome-vercors-3", """
C Tente dôme Vercors 3 places, double toit
B~ ★★★★☆ 4,4 (89 avis)
C! Prix : 149,90 € TTC
C! Coloris : vert lichen ou sable
C! En stock, expédiée sous 48 h
B Livraison offerte dès 80 € en point relais
C Montée en moins de dix minutes grâce à ses arceaux en aluminium préassemblés, la Vercors 3 accueille deux adultes avec leurs bagages ou une petite famille. Ses deux absides, une de chaque côté, évitent d'enjamber son voisin pour sortir la nuit.
C La chambre intérieure se monte seule pour les nuits chaudes et étoilées, ou avec le double toit quand la météo se gâte. Les coutures sont étanchées en usine.
B+ Ajouter au panier
C Caractéristiques
C! Poids total : 3,4 kg
C! Dimensions de la chambre : 210 × 180 cm, hauteur 120 cm
C! Dimensions pliée : 48 × 18 × 18 cm
C! Colonne d'eau : 3 000 mm pour le double toit, 5 000 mm pour le tapis de sol
C! Arceaux : aluminium 8,5 mm
C! Garantie : 3 ans
C Dans la housse : la tente, 12 sardines en aluminium, 4 haubans réfléchissants et un petit kit de réparation.
C Notre conseil : faites sécher la tente avant de la ranger, même après une seule nuit humide. Rangée mouillée, elle peut moisir en quelques jours.
B Payez en 3 fois sans frais dès 100 € d'achat
B Vous aimerez aussi : Matelas autogonflant Drôme, Lampe frontale 300 lumens
""")

# fr 03: town website, municipal pool opening hours and fees, full page
doc("fr", "page", "service",
    "https://www.pontcharvin.example/sport-et-loisirs/piscine-des-tilleuls/"
    "horaires-et-tarifs", """
B Piscine des Tilleuls : horaires et tarifs - Ville de Pontcharvin
B Aller au contenu
B Aller au menu
B Accessibilité
B Ville de Pontcharvin
B Ma mairie
B Démarches
B Vivre à Pontcharvin
B Sport et loisirs
B Agenda
B Rechercher
B Accueil / Sport et loisirs / Piscine des Tilleuls
C Piscine des Tilleuls : horaires d'ouverture et tarifs
C! Fermeture technique annuelle du 1er au 14 septembre 2025 (vidange des bassins)
C La piscine des Tilleuls dispose d'un bassin sportif de 25 mètres à six couloirs, d'un bassin d'apprentissage et d'une pataugeoire. Elle est accessible aux personnes à mobilité réduite grâce à un fauteuil de mise à l'eau.
C Horaires en période scolaire
C! Lundi, mardi, jeudi : 12 h – 13 h 45 et 17 h 30 – 20 h
C! Mercredi : 10 h – 19 h
C! Vendredi : 12 h – 13 h 45 et 17 h 30 – 21 h 30 (nocturne)
C! Samedi et dimanche : 9 h – 12 h 30 et 14 h – 18 h
C Pendant les vacances scolaires, la piscine est ouverte tous les jours de 10 h à 19 h. L'évacuation des bassins commence 30 minutes avant la fermeture.
C Tarifs
C! Entrée adulte : 4,20 €
C! Entrée réduite (moins de 18 ans, étudiants, demandeurs d'emploi) : 2,80 €
C! Enfant de moins de 4 ans : gratuit
C! Carte de 10 entrées adulte : 36 €
C! Abonnement annuel : 210 €
C Pour bénéficier du tarif réduit, présentez à la caisse un justificatif de moins de trois mois : carte d'étudiant, attestation France Travail ou pièce d'identité pour les mineurs.
C Règlement
C Le bonnet de bain est obligatoire. Les shorts et bermudas de bain sont interdits ; seuls les maillots et boxers ajustés sont acceptés. Les enfants de moins de 10 ans doivent être accompagnés d'un adulte en tenue de bain.
B Imprimer
B Partager sur Facebook
B Envoyer par e-mail
B Téléchargez l'application Pontcharvin Ma Ville : affluence de la piscine en temps réel, agenda et signalements.
B Disponible sur Google Play
B Télécharger dans l'App Store
B Piscine des Tilleuls · 8 allée des Sports · Pontcharvin
B Mairie de Pontcharvin
B Mentions légales
B Données personnelles
B Gestion des cookies
B Accessibilité : partiellement conforme
B Plan du site
""")

# fr 04: extracted shop category page, chef's knives
doc("fr", "extracted", "collection",
    "https://www.coutellerie-des-monts.example/couteaux-de-cuisine/"
    "couteaux-de-chef/", """
C Couteaux de chef
C Le couteau de chef est l'outil à tout faire de la cuisine : émincer, ciseler, hacher et, à l'occasion, désosser. Lame forgée ou découpée, acier inoxydable ou carbone, manche en bois ou en résine : voici notre sélection, fabriquée pour l'essentiel à Thiers.
B~ 18 produits
C! Couteau de chef 20 cm, manche en olivier
C Lame forgée en acier inoxydable, mitre en laiton. Un classique bien équilibré pour tous les jours.
C! 89,00 € · En stock
B~ Ajouter au panier
C! Couteau de chef carbone 22 cm
C Acier au carbone : un tranchant redoutable qui se patine avec le temps. À essuyer après chaque usage.
C! 112,00 € · En stock
B~ Ajouter au panier
C! Petit chef 15 cm, manche résine noire
C Idéal pour les petites mains et les plans de travail étroits. Il passe au lave-vaisselle, même si nous le déconseillons.
C! 54,00 € · Plus que 3 en stock
C! Santoku 18 cm, lame alvéolée
C Les alvéoles empêchent les légumes de coller à la lame. Parfait pour trancher finement pommes de terre et concombres.
C! 74,50 € au lieu de 86,00 €
C! Couteau de chef 25 cm, manche en hêtre
C Pour les grandes pièces et les gros volumes. Fabriqué à la commande dans notre atelier.
C! 95,00 € · Expédié sous 5 jours
B Gravure du prénom offerte sur tous les couteaux de chef
B Page 1 sur 4 · Page suivante
""")

# ---------------------------------------------------------------- Spanish --

# es 01: kitchenware shop, pressure cooker product page, full page
doc("es", "page", "product",
    "https://www.menaje-del-valle.example/cocina/ollas-a-presion/"
    "olla-rapida-inox-tradicion", """
B Olla rápida de acero inoxidable Tradición | Menaje del Valle
B Saltar al contenido principal
B En Menaje del Valle usamos cookies propias y de terceros para que la tienda funcione, analizar cómo la usas y mostrarte publicidad relacionada con tus preferencias. Puedes aceptarlas todas, rechazarlas o elegir cuáles permites.
B Aceptar todas
B Rechazar
B Configurar cookies
B Envío gratis en pedidos desde 49 € · Devolución gratuita en 30 días
B Menaje del Valle
B ¿Qué estás buscando?
B Mi cuenta
B Favoritos
B Cesta (0)
B Cocina
B Mesa
B Electrodomésticos
B Hogar
B Outlet
B Inicio > Cocina > Ollas a presión
C Olla a presión Tradición de acero inoxidable 18/10
B ★★★★★ 4,6 · 203 opiniones
C! Precio: 64,95 € (IVA incluido)
C! Capacidad: 4 litros, 6 litros u 8 litros
C! En stock: recíbela en 24/48 h laborables
B Cantidad
B Añadir a la cesta
B Añadir a favoritos
C La olla de toda la vida, pero más segura y fácil de limpiar. Su cierre de un solo gesto y la válvula con dos niveles de presión te permiten preparar unas lentejas en 12 minutos o un cocido en menos de una hora, ahorrando tiempo y energía.
C Sirve para todo tipo de cocinas, incluida la de inducción, gracias a su fondo difusor termoencapsulado. Todas las piezas, salvo la junta y la válvula, se pueden lavar en el lavavajillas.
C Características
C! Material: acero inoxidable 18/10
C! Diámetro de la base: 22 cm
C! Presión de trabajo: 60 kPa y 100 kPa
C! Sistemas de seguridad: 5
C! Garantía: 10 años en el cuerpo, 2 años en piezas
C! Incluye cestillo para cocinar al vapor y recetario
C Recambios: la junta de silicona y la válvula se venden por separado y conviene cambiarlas cada uno o dos años, según el uso.
N Opiniones de clientes
N ★★★★★ La uso casi a diario y cierra a la primera. La de 6 litros es perfecta para una familia de cuatro. – Pilar, Zaragoza
N ★★★☆☆ Buena olla, pero el asa se calienta más de lo que esperaba. – Manuel R.
B Ver las 203 opiniones
B Escribir una opinión
B También te puede interesar
B Junta de silicona para olla Tradición
B Juego de sartenes antiadherentes 20-24-28 cm
B Suscríbete a nuestra newsletter y consigue un 10 % de descuento en tu primera compra
B Introduce tu email
B Suscribirme
B Atención al cliente
B Envíos y entregas
B Devoluciones
B Aviso legal
B Política de privacidad
B Política de cookies
B © 2025 Menaje del Valle S.L.
""")

# es 02: extracted course catalogue of a town's training service, blank lines
doc("es", "extracted", "listing",
    "https://formacion.villanueva-del-jalon.example/cursos/"
    "?area=competencias-digitales", """
C Cursos de competencias digitales: otoño 2025
C Todos los cursos son gratuitos para las personas empadronadas en el municipio. Las plazas se asignan por orden de inscripción; cuando un curso se llena, se abre una lista de espera.
B~ 6 cursos encontrados
C Informática básica para mayores de 60
C! Del 6 al 29 de octubre · lunes y miércoles, de 10:00 a 12:00
C! Centro Cívico El Molino, aula 3
C! Quedan 4 plazas
C Manejo del ratón y el teclado, carpetas y archivos, y primeros pasos con el correo electrónico. Sin conocimientos previos.
C Trámites online: certificado digital y Cl@ve
C! 4 y 6 de noviembre · de 17:30 a 20:00
C! Biblioteca municipal, sala polivalente
C! Quedan 11 plazas
C Aprende a solicitar el certificado digital, a registrarte en Cl@ve y a pedir cita previa en la administración desde casa. Trae tu móvil y el DNI.
B Inscribirse
C Hoja de cálculo para el trabajo
C! Del 3 al 24 de noviembre · lunes, de 18:00 a 20:30
C! Vivero de empresas, sala de formación
C! Completo, lista de espera abierta
C Fórmulas, tablas dinámicas y gráficos. Se recomienda tener nociones básicas de informática.
C Seguridad en el móvil: que no te engañen
C! Jueves 13 de noviembre · de 11:00 a 13:00
C! Centro Cívico El Molino, salón de actos
C! Quedan 20 plazas
C Mensajes falsos del banco, compras por internet y contraseñas seguras, explicado con ejemplos reales y sin tecnicismos.
B Inscribirse
B Página 1 de 2 · Siguiente
B ¿Tienes dudas? Llama al 010 o escríbenos a formacion@villanueva-del-jalon.example
""", blank=True)

# es 03: plant nursery shop, aromatic herbs category page, full page
doc("es", "page", "collection",
    "https://www.vivero-la-higuera.example/plantas/aromaticas/"
    "?orderby=popularity", """
B Plantas aromáticas: comprar online | Vivero La Higuera
B Ir al contenido
B Este sitio utiliza cookies técnicas y, con tu permiso, cookies de análisis. Más información en nuestra política de cookies.
B Aceptar
B Rechazar
B Envíos a toda la península en 48-72 h · Plantas cultivadas en nuestro vivero de Murcia
B Vivero La Higuera
B Buscar productos…
B Iniciar sesión
B Carrito 0,00 €
B Plantas de interior
B Plantas de exterior
B Aromáticas
B Frutales
B Macetas
B Sustratos y abonos
B Inicio / Plantas / Aromáticas
C Plantas aromáticas para balcón, huerto y cocina
C Romero, tomillo, albahaca, menta... Las aromáticas son perfectas para empezar: necesitan poco espacio, casi todas aguantan bien el sol y, además, dan sabor a tus platos. Todas las plantas se envían en su maceta de cultivo, bien protegidas.
B Mostrando 1–8 de 31 resultados
B Ordenar por popularidad
B Ordenar por precio: bajo a alto
B Ordenar por precio: alto a bajo
B Ordenar por novedades
B Filtrar por precio
B Filtrar
C! Romero (Salvia rosmarinus)
C! Maceta de 13 cm · 3,95 €
B Añadir al carrito
C! Tomillo limonero (Thymus citriodorus)
C! Maceta de 11 cm · 3,50 €
B Añadir al carrito
C! Albahaca genovesa de hoja grande
C! Maceta de 14 cm · 2,95 €
C! Temporada: de abril a septiembre
B Añadir al carrito
C! Menta piperita de cultivo ecológico
C! Maceta de 13 cm · 3,20 €
B Añadir al carrito
C! Lavanda angustifolia 'Hidcote'
C! Maceta de 17 cm · 6,90 €
B Añadir al carrito
C! Salvia de jardín
C! Maceta de 13 cm · 4,25 €
C Agotado temporalmente
B Avísame cuando esté disponible
C! Orégano griego para secar
C! Maceta de 11 cm · 2,80 €
B Añadir al carrito
C! Lote de 6 aromáticas para cocinar
C! Seis plantas variadas en maceta de 11 cm · 17,50 €
B Añadir al carrito
B 1
B 2
B 3
B 4
B Siguiente →
C Cuidados básicos
C Coloca las aromáticas en el sitio más luminoso que tengas y riega solo cuando la tierra esté seca al tacto. Casi todas las mediterráneas, como el romero, el tomillo o la lavanda, sufren más por exceso de agua que por falta.
B Recibe nuestros consejos de temporada
B Tu correo electrónico
B Quiero suscribirme
B He leído y acepto la política de privacidad
B Aviso legal
B Condiciones de venta
B Envíos y devoluciones
B Política de privacidad
B © 2025 Vivero La Higuera
""")

# es 04: extracted service page, public bike scheme sign-up and fares
doc("es", "extracted", "service",
    "https://www.biciverde-villamar.example/como-funciona/alta-y-tarifas", """
C Alta en BiciVerde y tarifas del servicio
C BiciVerde es el servicio público de bicicletas de Villamar. Con un solo abono puedes coger una bici en cualquiera de las 42 estaciones de la ciudad y dejarla en otra. La mitad de la flota son bicicletas eléctricas.
C Quién puede darse de alta
C! Personas mayores de 16 años (los menores de edad, con autorización)
C! Con DNI, NIE o pasaporte en vigor
C! Con una tarjeta bancaria a su nombre para los cobros
C El alta se hace desde la app o en la oficina de atención de la estación de autobuses. Recibirás tu tarjeta sin contacto en casa en unos cinco días; mientras tanto, puedes desbloquear las bicis con el móvil.
B Descarga la app BiciVerde en Google Play o App Store
C Tarifas
C! Abono anual: 35 €
C! Abono de 7 días: 12 €
C! Primeros 30 minutos de cada viaje: gratis
C! Cada 30 minutos adicionales: 0,60 € (bicicleta mecánica) o 1,00 € (eléctrica)
C! Uso continuado de más de dos horas: penalización de 5 €
C Horario
C! Todos los días de 6:00 a 00:30
C Los días de alerta por viento fuerte o tormenta, el servicio puede suspenderse por seguridad. Lo avisaremos en la app y en las pantallas de las estaciones.
C Si la bici tiene algún problema, déjala en el anclaje con el sillín girado hacia atrás y avísanos desde la app: así el equipo de mantenimiento sabrá que tiene que revisarla.
B ¿Te ha resultado útil esta información? Sí · No
B Preguntas frecuentes · Mapa de estaciones · Contacto
""")


if __name__ == "__main__":
    main()
