#!/usr/bin/env python3
"""Build the hand-written German, French and Spanish training set for deboil.

Writes tests/data/train/{de,fr,es}.jsonl: 22 German documents and 10 each in
French and Spanish, in the JSON Lines format of the eval sets (id, source,
split, task, lang, url, page_type, text, keep, drop), with source
"deboil-train" and split "train".

Every document below was written by hand for this set; no text was copied
from the web, from a data set or from any eval set. Each document sits on a
fictional site (host under the reserved ".example" TLD). The trainer splits
its cross-validation folds by host, so every document has a host of its own,
except a few that are pages of the same site.

The markup (C / B / N lines, C+ / B+ glued without a space, C~ / B~ glued
with one space, C! forced keep), the rendering and the deterministic snippet
rules are those of scripts/make_blind_eval.py, which is imported as a module
and reused unchanged; only the record id, source, split and url differ.

Run from the repository root:

    python3 scripts/make_train_set.py
"""

import written_sets

LANGS = ("de", "fr", "es")
EXPECTED = {"de": 22, "fr": 10, "es": 10}


M = written_sets.machinery()
SITED = written_sets.Sited(M, LANGS)
doc = SITED.doc


def main():
    # about 45 % extracted, 55 % page; a few documents are pages of one site
    written_sets.write_training_set(M, SITED, EXPECTED, "train", "",
                                    (0.35, 0.5), 3)


# ---------------------------------------------------------------------------
# Documents
# ---------------------------------------------------------------------------

# ----------------------------------------------------------------- German --

# de 01: regional newspaper, local news, full page
doc("de", "page", "article",
    "https://www.weserberg-anzeiger.example/lokales/holzminden/"
    "weserfaehre-ohrbeck-saisonstart-verschoben-a41872", """
B Zum Hauptinhalt springen
B Diese Website nutzt Cookies. Einige sind technisch notwendig, andere helfen uns, unser Angebot zu verbessern und die Reichweite zu messen. Näheres erfahren Sie in unserer Datenschutzerklärung.
B Zustimmen
B Ablehnen
B Auswahl verwalten
B Weserberg-Anzeiger
B Heimatzeitung für das Weserbergland seit 1887
B Suche
B Abonnieren
B Login
B Startseite
B Lokales
B Holzminden
B Bodenwerder
B Stadtoldendorf
B Boffzen
B Region
B Niedersachsen
B Sport
B Kultur
B Service
B Anzeigen aufgeben
B Traueranzeigen
B Leserreisen
B Lokales › Holzminden
C Weserfähre Ohrbeck startet drei Wochen später in die Saison
C Das Januarhochwasser hat den Anleger auf der Lauenstedter Seite stärker beschädigt als gedacht. Pendler und Radtouristen müssen bis Mitte April einen Umweg von 18 Kilometern in Kauf nehmen.
B Anna Berg | 3. März 2025, 17:12 Uhr
B Artikel vorlesen lassen
C Eigentlich sollte die Gierseilfähre zwischen Ohrbeck und Lauenstedt wie in jedem Jahr am ersten Märzwochenende wieder ablegen. Daraus wird nichts: Nach Angaben des Landkreises kann der Fährbetrieb frühestens am 12. April aufgenommen werden.
C Grund ist der Anleger am östlichen Ufer. Das Hochwasser hatte dort die Uferbefestigung unterspült, die Betonrampe hängt an ihrem unteren Ende seitdem gut zwanzig Zentimeter durch. „Mit Fahrgästen und Autos an Bord können wir da nicht ranfahren, das wäre unverantwortlich“, sagt Fährmann Jürgen Tölke, der die Fähre seit 2009 im Auftrag des Kreises betreibt.
C Unterspült: Der Anleger in Lauenstedt muss vor dem Saisonstart saniert werden.
B Foto: Anna Berg
C Gutachter fand Hohlräume unter der Rampe
C Ein Statiker hatte die Anlage Mitte Februar untersucht. Sein Befund: Unter der Rampe sind auf mehreren Metern Länge Hohlräume entstanden, in die das Wasser Kies und Sand gespült hat. Sie sollen nun mit Spezialbeton verfüllt, die Steinschüttung am Ufer soll erneuert werden. Den Auftrag hat der Kreis an eine Wasserbaufirma aus Minden vergeben, die Kosten liegen nach ersten Schätzungen bei rund 85.000 Euro.
C Dass die Arbeiten nicht früher beginnen, liegt am Wasserstand. „Solange die Weser über Mittelwasser steht, kommt kein Bagger an die Stelle heran“, erklärt Kreissprecherin Miriam Oltmanns. Man sei aber zuversichtlich, dass das Wetter mitspiele.
C Umweg über die Brücke kostet Zeit
C Für die rund 150 Menschen, die die Fähre an einem normalen Werktag nutzen, bedeutet die Verzögerung einen erheblichen Umweg. Wer von Ohrbeck nach Lauenstedt will, muss über die Weserbrücke bei Fürstenhagen fahren – hin und zurück sind das 18 Kilometer zusätzlich. Besonders betroffen sind Schülerinnen und Schüler der Oberschule in Lauenstedt, die sonst mit dem Fahrrad übersetzen.
C Der Kreis hat deshalb einen Rufbus eingerichtet, der an Schultagen zweimal morgens und dreimal nachmittags zwischen beiden Orten pendelt. Er muss spätestens eine Stunde vor der Abfahrt telefonisch bestellt werden.
C Im Ohrbecker Ortsrat sorgt die Verzögerung für Unmut. Ortsbürgermeister Klaus Wiechers wirft dem Kreis vor, zu spät gehandelt zu haben: „Dass der Anleger etwas abbekommen hat, war doch schon Ende Januar zu sehen. Hätte man da den Gutachter bestellt, wären wir jetzt weiter.“ Der Kreis weist das zurück. Man habe erst nach dem Rückgang des Wassers überhaupt an die Schadstelle gelangen können.
C Das Wichtigste für Fahrgäste
C! Erste Fahrt voraussichtlich am Samstag, 12. April, um 9 Uhr
C! Einzelfahrt für Erwachsene weiterhin 2,50 Euro
C Fahrräder fahren kostenlos mit
C! Rufbus unter 05531 70 44 12 bestellen
C Langfristig denkt der Kreis darüber nach, den Anleger auf der Lauenstedter Seite ganz neu zu bauen. Eine Machbarkeitsstudie soll noch in diesem Jahr in Auftrag gegeben werden. Die Fähre selbst, 1962 gebaut und 2018 grundlegend überholt, sei dagegen in gutem Zustand, heißt es aus der Verwaltung.
C Für den Tourismus geht der spätere Start noch glimpflich aus, die meisten Radreisenden auf dem Weserradweg sind ohnehin erst ab Ostern unterwegs. Das Gasthaus „Zur Fähre“ in Ohrbeck will trotzdem schon am 15. März öffnen. „Die Stammgäste kommen auch so“, sagt Wirtin Helga Brüning, „und wer Kuchen will, findet den Weg.“
B Artikel teilen
B Facebook
B WhatsApp
B E-Mail
B Link kopieren
B Mehr aus Holzminden
B Stadtwerke erhöhen den Wasserpreis zum 1. Juli
B Grundschule am Burgberg bekommt eine Mensa
B Polizei sucht Zeugen nach Unfall auf der Bundesstraße
B Der Weserberg-Morgen: Jeden Werktag um 6 Uhr die wichtigsten Nachrichten aus der Region kostenlos in Ihrem Postfach.
B E-Mail-Adresse
B Jetzt anmelden
B 3 Kommentare
N Fährfan_Ohrbeck
N vor 2 Stunden
N Hauptsache, der Rufbus fährt auch wirklich. Letztes Jahr bei der Brückensperrung stand man da ewig.
N Ute K.
N vor 1 Stunde
N Danke für die Info mit der Telefonnummer, das hätte ich sonst nirgends gefunden.
B Kommentar schreiben
B Über uns
B Impressum
B Datenschutz
B Mediadaten
B Karriere
B Kontakt
B Cookie-Einstellungen
B © 2025 Weserberg-Anzeiger Verlagsgesellschaft mbH & Co. KG
""")

# de 02: amateur sport portal, handball match report with league table
doc("de", "page", "article",
    "https://sportecho-ostalb.example/handball/bezirksliga/"
    "tg-rosenau-dreht-derby-gegen-hegelbach", """
B Sportecho Ostalb
B Das Portal für den Amateursport
B Menü
B Fußball
B Handball
B Basketball
B Tischtennis
B Leichtathletik
B Ergebnisse
B Liveticker
B Vereine A–Z
B Termine
B Podcast „Abpfiff“
B Mein Konto
B Anzeige
B Handball › Bezirksliga Männer
C Rosenau dreht das Derby in den letzten zwei Minuten
C Lange sah es nach dem ersten Auswärtssieg des SV Hegelbach seit drei Jahren aus. Dann traf Tim Schäufele zweimal, und die Halle stand Kopf.
B Von Jonas Maier
B Sonntag, 16.02.2025
C TG Rosenau – SV Hegelbach 27:26 (12:14)
C Es lief die 58. Minute, als Hegelbachs Trainer Uwe Klotzbücher an der Seitenlinie schon die Faust ballte. Mit 26:25 führten die Gäste, sie hatten den Ball, und auf der Tribüne der Rosenauer Sporthalle war es so still wie selten an diesem Abend. Doch ein überhasteter Wurf von Rückraumspieler Nico Brenner landete in den Armen von Torhüter Fabian Gröner – und der schickte Tim Schäufele auf die Reise.
C Der Linksaußen glich mit einem Heber zum 26:26 aus, 40 Sekunden später fing er einen Querpass ab und traf ins leere Tor. „So ein Spiel gewinnst du nicht mit Taktik, sondern mit Willen“, sagte Schäufele hinterher, die Haare noch nass von der Bierdusche.
C Dabei hatte Hegelbach über weite Strecken das reifere Spiel gezeigt. Die Gäste stellten eine offensive 3:2:1-Deckung, mit der Rosenau in der ersten Halbzeit kaum zurechtkam. Zur Pause lagen sie verdient mit zwei Toren vorn, und als Brenner kurz nach Wiederanpfiff auf 16:12 erhöhte, schien das Derby entschieden.
C Rosenaus Trainerin Sandra Heß reagierte mit einer Auszeit und stellte auf eine 5:1-Abwehr um. „Wir mussten mehr Tempo machen, sonst hätten die uns zermürbt“, erklärte sie. Tatsächlich kamen ihre Spieler nun häufiger über die zweite Welle zu einfachen Toren. Beim 22:22 in der 49. Minute war der Rückstand aufgeholt.
C Einen großen Anteil an der Aufholjagd hatte Gröner, der in der zweiten Hälfte 14 Paraden zeigte, darunter zwei gehaltene Siebenmeter. „Fabi hat uns im Spiel gehalten, als vorne nichts ging“, sagte Heß.
C Klotzbücher nahm die Niederlage sportlich. „Wir haben 58 Minuten lang fast alles richtig gemacht. Dass am Ende die Nerven flattern, gehört bei einer jungen Mannschaft dazu“, sagte der Trainer, dessen Team im Schnitt gerade einmal 22 Jahre alt ist. Mit 20:10 Punkten bleibt Hegelbach Dritter, der Abstand zu den Aufstiegsplätzen ist aber auf sieben Zähler gewachsen.
C Beste Werfer
C! TG Rosenau: Schäufele 8, Lindner 6/3, Aksoy 5
C! SV Hegelbach: Brenner 9, Weik 5/2, Pfisterer 4
C Tabelle Bezirksliga nach dem 16. Spieltag
C Platz, Verein, Spiele, Punkte
C! 1. TG Rosenau 16 27:5
C! 2. HSG Kochertal 16 25:7
C! 3. SV Hegelbach 15 20:10
C! 4. TSV Ellwangen-Süd 16 17:15
C! 5. TV Oberalfingen 16 15:17
C Am kommenden Samstag muss Rosenau beim Tabellenzweiten HSG Kochertal antreten. Anwurf ist um 19.30 Uhr in der Kochertalhalle.
B Teilen auf
B Facebook
B WhatsApp
B Drucken
B Folgen Sie dem Sportecho auf Instagram und verpassen Sie kein Ergebnis mehr.
B Das könnte Sie auch interessieren
B Frauen der HSG Kochertal bleiben ungeschlagen
B Jugend-Kreismeisterschaften: Rosenau holt drei Titel
B Liveticker: Alle Spiele der Landesliga am Sonntag
B Anzeige
B Alle Artikel zur Bezirksliga Männer
B Ergebnisdienst als App
B Sie spielen selbst im Verein? Melden Sie Ihre Ergebnisse direkt über unser Vereinsportal, dann erscheinen sie noch am selben Abend in der Tabelle.
B Zum Vereinsportal
B Sportecho Ostalb ist ein unabhängiges Onlineportal für den Breitensport zwischen Aalen, Ellwangen und Schwäbisch Gmünd. Wir berichten über alle Ligen von der Kreisklasse bis zur Oberliga.
B Redaktion
B Mitmachen als freie Mitarbeiterin oder freier Mitarbeiter
B Werben
B Kontakt
B Impressum
B Datenschutzerklärung
B Privatsphäre-Einstellungen
B AGB
B © Sportecho Ostalb 2025
""", blank=True)

# de 03: gardening forum thread
doc("de", "page", "forum",
    "https://forum.gartenfreunde-mittelland.example/gemuesegarten/"
    "braunfaeule-tomaten-jedes-jahr-t18244.html", """
B Gartenfreunde Mittelland – Das Forum rund um Haus und Garten
B Registrieren
B Anmelden
B Foren-Übersicht
B Neue Beiträge
B Suche
B Kalender
B Mitglieder
B Forenregeln
B Foren-Übersicht › Nutzgarten › Gemüsegarten
C Braunfäule bei Tomaten – jedes Jahr dasselbe Drama
B Antwort erstellen
B 11 Beiträge • Seite 1 von 2
N Sonnenblume63
N 12. Aug 2024, 19:41
C Hallo zusammen, ich bin langsam mit meinem Latein am Ende. Jedes Jahr im August bekommen meine Tomaten im Freiland braune Flecken an den Blättern, ein paar Tage später sind auch die Früchte hinüber. Dieses Jahr hat es wieder zuerst die Ochsenherzen erwischt. Ich gieße nur von unten, die Pflanzen stehen mit 60 cm Abstand, und gedüngt wird alle zwei Wochen mit Brennnesseljauche. Was mache ich falsch? Lohnt sich ein Tomatenhaus oder ist das rausgeschmissenes Geld?
B Zitieren
B Melden
N Kleingärtner_Bernd
N 12. Aug 2024, 20:15
C Falsch machst du wahrscheinlich gar nichts. Die Sporen fliegen einfach mit dem Wind, wenn es nass und warm ist. Ein Dach hilft enorm, bei mir ist die Braunfäule seit dem Tomatenhaus praktisch verschwunden. Es muss aber an den Seiten offen sein, sonst staut sich die Feuchtigkeit.
B Zitieren
B Melden
N Gartenzwergin
N 12. Aug 2024, 21:02
C Bei mir hilft nur ein Dach. Punkt.
C Und die unteren Blätter bis 30 cm abmachen, damit kein Spritzwasser hochkommt.
B Zitieren
B Melden
N Sonnenblume63
N 13. Aug 2024, 07:18
C Danke euch! Habt ihr auch Erfahrung mit robusten Sorten? Ich habe gelesen, dass es welche gibt, die kaum befallen werden.
B Zitieren
B Melden
N Tomatentante
N 13. Aug 2024, 09:56
C Ja, die gibt es, und sie sind deutlich besser geworden. Ich habe seit drei Jahren nur noch resistente Sorten im Freiland und hatte in diesem verregneten Sommer zum ersten Mal gar keinen Ausfall. Geschmacklich kommen sie nicht ganz an die alten Fleischtomaten heran, aber lieber das als gar keine Ernte.
C Meine Erfahrungen kurz zusammengefasst:
C! Cocktailtomaten sind fast immer robuster als große Sorten
C! Veredelte Pflanzen halten länger durch
C! Erde nie zwei Jahre hintereinander nehmen
C Befallene Blätter sofort in den Restmüll, nicht auf den Kompost. Die Sporen überleben dort, und im nächsten Jahr geht das Spiel von vorne los.
B Zitieren
B Melden
N Kleingärtner_Bernd
N 13. Aug 2024, 12:30
C Dem kann ich nur zustimmen. Noch ein Tipp: Stäbe und Schnüre nach der Saison mit heißem Wasser abwaschen, da hängen auch gern Sporen dran.
B Zitieren
B Melden
N Hobbygärtner_Leo
N 13. Aug 2024, 14:05
C Ich habe letztes Jahr ein Foliendach aus Dachlatten und Gewächshausfolie gebaut, Materialkosten ungefähr 80 Euro. Seitdem keine Braunfäule mehr, obwohl in der Nachbarschaft alle Probleme hatten. Wichtig ist, dass das Dach an den Seiten gut 20 cm über die Pflanzen hinausragt, damit der Regen nicht schräg hineinweht.
B Zitieren
B Melden
N Sonnenblume63
N 13. Aug 2024, 18:47
C Das klingt machbar, so etwas baue ich im Frühjahr nach. Danke für die vielen Tipps, ich melde mich, wie es nächstes Jahr gelaufen ist!
B Zitieren
B Melden
B Nächste Seite
B Zurück zu „Gemüsegarten“
B Gehe zu
B Ähnliche Themen
B Kraut- und Braunfäule bei Kartoffeln – was tun?
B Tomatenhaus selbst bauen – eure Erfahrungen
B Gurken werden bitter, woran liegt es?
B Wer ist online?
B Mitglieder in diesem Forum: 0 Mitglieder und 14 Gäste
B Das Team
B Impressum
B Datenschutz
B Alle Zeiten sind UTC+01:00
B Betrieben von phpBB® Forum Software © phpBB Limited
""")

# de 04: online shop product page
doc("de", "page", "product",
    "https://www.rheinrad-shop.example/beleuchtung/akku-leuchten/"
    "lichtwerk-lx80-stvzo-set", """
B Kostenloser Versand ab 39 € · 30 Tage Rückgaberecht · Telefonische Beratung Mo–Fr 9–18 Uhr
B Rheinrad Shop
B Suchbegriff eingeben
B Merkzettel
B Mein Konto
B Warenkorb (0)
B Fahrräder
B E-Bikes
B Komponenten
B Beleuchtung
B Bekleidung
B Zubehör
B Werkstatt
B Sale %
B Startseite › Beleuchtung › Akku-Leuchten
C Lichtwerk LX80 Akku-Beleuchtungsset, StVZO-zugelassen
N 4,6 von 5 Sternen (127 Bewertungen)
C! 49,95 € statt 59,95 €
B inkl. MwSt., zzgl. Versandkosten
C! Auf Lager, Lieferung in 1–3 Werktagen
B In den Warenkorb
B Auf den Merkzettel
B Frage zum Artikel stellen
C Produktbeschreibung
C Das LX80-Set besteht aus einem Frontscheinwerfer mit 80 Lux und einem passenden Rücklicht. Beide Leuchten werden über USB-C geladen und sind mit einer Gummihalterung in wenigen Sekunden ohne Werkzeug am Lenker und an der Sattelstütze montiert.
C Der Scheinwerfer hat eine asymmetrische Optik mit scharfer Hell-Dunkel-Grenze. Damit leuchtet er die Fahrbahn gleichmäßig aus, ohne den Gegenverkehr zu blenden. Über den Taster lassen sich drei Stufen wählen; eine fünfstufige Ladeanzeige zeigt jederzeit, wie viel Reserve noch im Akku steckt.
C Das Rücklicht schaltet bei starkem Abbremsen für zwei Sekunden auf volle Helligkeit und wirkt so wie ein Bremslicht. Es ist nach IPX6 gegen Strahlwasser geschützt und übersteht auch längere Fahrten im Regen.
C Technische Daten
C! Lichtstärke Frontleuchte: 80 Lux
C! Leuchtdauer: bis zu 9 Stunden (Stufe 1)
C! Akkukapazität Front: 3.400 mAh
C! Ladedauer: ca. 4 Stunden
C! Gewicht Front: 128 g, Rücklicht: 34 g
C! Schutzklasse IPX6, regenfest
C! Zulassung: StVZO K-Nummer vorhanden
C Lieferumfang
C Frontleuchte, Rücklicht, zwei Gummihalterungen, USB-C-Ladekabel, Bedienungsanleitung
B Versand & Rückgabe
B Hersteller-Informationen
C Kundenbewertungen
N 5 von 5 Sternen
N Helles, sauberes Licht und endlich kein Gefummel mehr mit Schrauben. Hält bei meinem Arbeitsweg die ganze Woche.
N Markus aus Bonn, 02.11.2024
N 4 von 5 Sternen
N Gute Leuchte, aber die Halterung rutscht auf dickem Carbonlenker etwas. Mit einem Stück Fahrradschlauch darunter passt es.
N Jana, 19.10.2024
B Alle 127 Bewertungen anzeigen
B Bewertung schreiben
B Kunden kauften auch
B Lichtwerk Helmlampe H20 · 24,95 €
B Rheinrad Klingel Classic · 7,90 €
B Ersatzhalterung LX-Serie · 6,50 €
B Hilfe & Kontakt
B Versandkosten
B Zahlungsarten
B Widerrufsbelehrung
B Garantie & Reklamation
B Über Rheinrad
B Seit 1994 schrauben wir in Köln-Ehrenfeld an Fahrrädern. Heute verschicken wir Teile und Zubehör in ganz Deutschland – und beraten immer noch so, als stünden Sie bei uns in der Werkstatt.
B Sichere Zahlung mit PayPal, Kreditkarte, Rechnung und Vorkasse
B AGB
B Impressum
B Datenschutz
B Barrierefreiheit
B Newsletter abonnieren
B * Alle Preise inkl. gesetzlicher MwSt. Durchgestrichene Preise entsprechen der bisherigen Preisangabe im Shop.
B © 2025 Rheinrad GmbH
""")

# de 05: regional job board, result list
doc("de", "page", "listing",
    "https://www.stellenmarkt-bodensee.example/jobs/pflege/"
    "ueberlingen-umkreis-25km", """
B Stellenmarkt Bodensee
B Jobs finden
B Arbeitgeber entdecken
B Gehaltsvergleich
B Ratgeber
B Für Unternehmen
B Stellenanzeige schalten
B Einloggen
B Was?
B Wo?
B Umkreis
B Finden
C 38 Jobs für „Pflege“ in Überlingen und Umgebung
B Sortieren nach: Relevanz
B Job-Alarm aktivieren
B Filter
B Arbeitszeit
B Vollzeit (24)
B Teilzeit (19)
B Minijob (3)
B Veröffentlicht
B Letzte 24 Stunden (4)
B Letzte 7 Tage (15)
B Berufserfahrung
B Berufseinsteiger (11)
B Mit Berufserfahrung (27)
B Filter zurücksetzen
C! Pflegefachkraft (m/w/d) für die Intensivstation
C! Klinikum Linzgau · Überlingen · Vollzeit
C Wir suchen Verstärkung für unsere interdisziplinäre Intensivstation mit zwölf Betten. Sie erwartet ein festes Team, strukturierte Einarbeitung und ein Dienstplan, der drei Monate im Voraus steht.
N vor 2 Tagen
B Merken
C! Altenpfleger/in in Teilzeit, Frühdienst
C! Haus am Seeufer gGmbH · Uhldingen · Teilzeit
C Unser Wohnbereich mit 28 Bewohnerinnen und Bewohnern sucht Unterstützung im Frühdienst, gerne ab 20 Stunden pro Woche. Wochenenddienste nur alle drei Wochen.
N vor 3 Tagen
B Merken
C! Pflegehilfskraft (m/w/d) für die ambulante Tour
C! Sozialstation Salem-Heiligenberg · Salem · Teilzeit oder Minijob
C Sie fahren mit einem Dienstwagen unsere Patientinnen und Patienten in den Dörfern rund um Salem an und übernehmen Grundpflege und hauswirtschaftliche Hilfe. Führerschein Klasse B ist Voraussetzung.
N vor 5 Tagen
B Merken
C! Praxisanleiter/in Pflege (m/w/d)
C! Klinikum Linzgau · Überlingen · Vollzeit
C Sie begleiten unsere Auszubildenden in der generalistischen Pflegeausbildung und sind Ansprechperson für die Pflegeschule. Eine abgeschlossene Weiterbildung zur Praxisanleitung bringen Sie mit oder machen sie bei uns.
N vor 6 Tagen
B Merken
C! Pflegedienstleitung für ambulanten Dienst
C! Pflegedienst Sonnenhalde · Markdorf · Vollzeit
C Sie führen ein Team aus 22 Mitarbeitenden, planen Touren und Dienste und halten den Kontakt zu Kassen und Ärzten. Wir bieten ein unbefristetes Arbeitsverhältnis, ein E-Auto auch zur privaten Nutzung und 30 Urlaubstage.
N vor 1 Woche
B Merken
B Anzeige
B Jetzt Ausbildungsplatz sichern: Die Pflegeschule Bodensee informiert am 14. Juni über den Start im Herbst.
B 1
B 2
B 3
B 4
B Nächste Seite
B Ähnliche Suchen
B Krankenpfleger Friedrichshafen
B Altenpflege Konstanz Teilzeit
B Pflegehelfer Ravensburg Minijob
B Für Bewerberinnen und Bewerber
B Für Arbeitgeber
B Preise
B Kontakt
B Der Stellenmarkt Bodensee ist ein Angebot der Seeregion Medien GmbH. Alle Stellenanzeigen werden von den Arbeitgebern selbst eingestellt; für ihren Inhalt übernehmen wir keine Gewähr.
B Impressum · Datenschutz · AGB · Cookie-Einstellungen
""")

# de 06: town administration, citizen service page
doc("de", "page", "service",
    "https://www.lindenau-stadt.example/rathaus/buergerservice/"
    "personalausweis-beantragen", """
B Direkt zum Inhalt
B Direkt zur Suche
B Leichte Sprache
B Gebärdensprache
B Schrift vergrößern
B Kontrast
B Stadt Lindenau
B Rathaus & Politik
B Bürgerservice A–Z
B Leben & Wohnen
B Bildung & Familie
B Wirtschaft
B Freizeit & Tourismus
B Aktuelles
B Sie sind hier:
B Startseite
B Rathaus & Politik
B Bürgerservice A–Z
B Personalausweis
C Personalausweis beantragen
C Den Personalausweis beantragen Sie persönlich im Bürgerbüro. Das gilt auch für Kinder: Sie müssen bei der Antragstellung dabei sein, ab dem vollendeten sechsten Lebensjahr wird ein Fingerabdruck genommen.
C Bitte vereinbaren Sie vorab einen Termin. Ohne Termin können wir Sie nur bedienen, wenn gerade ein Platz frei ist, und das ist vor den Sommerferien selten der Fall.
C Was Sie mitbringen müssen
C! Ihren bisherigen Personalausweis oder Reisepass
C! ein aktuelles biometrisches Passbild
C! bei Namensänderung die Heiratsurkunde
C bei Minderjährigen die Zustimmung aller Sorgeberechtigten und deren Ausweise
C Das Passbild kann seit Mai 2025 auch direkt im Bürgerbüro aufgenommen werden. Das kostet 6 Euro und erspart Ihnen den Weg zum Fotografen.
C Gebühren
C! Antragsteller ab 24 Jahren: 37,00 Euro
C! Antragsteller unter 24 Jahren: 22,80 Euro
C! Vorläufiger Personalausweis: 10,00 Euro
C Wie lange dauert es?
C Die Herstellung bei der Bundesdruckerei dauert in der Regel drei bis vier Wochen. Sobald der Ausweis abholbereit ist, erhalten Sie eine Benachrichtigung per Post oder, wenn Sie es wünschen, per SMS. Ihren alten Ausweis bringen Sie bei der Abholung bitte mit; er wird entwertet und Ihnen auf Wunsch wieder ausgehändigt.
C Wer dringend verreisen muss, kann zusätzlich einen vorläufigen Personalausweis erhalten. Er wird sofort ausgestellt und ist drei Monate gültig.
C Öffnungszeiten Bürgerbüro
C! Montag und Dienstag 8:00 bis 16:00 Uhr
C! Mittwoch 8:00 bis 12:00 Uhr
C! Donnerstag 8:00 bis 18:00 Uhr
C! Freitag 8:00 bis 12:30 Uhr
C! Jeden ersten Samstag im Monat 9:00 bis 12:00 Uhr
C Kontakt
C Bürgerbüro im Rathaus, Erdgeschoss
C! Marktplatz 1, 36289 Lindenau
C! Telefon 06623 918-120
C Online-Termin vereinbaren
B Diese Seite teilen
B Seite drucken
B War diese Information hilfreich?
B Ja
B Nein
B Das könnte Sie auch interessieren
B Reisepass beantragen
B Führungszeugnis beantragen
B Wohnsitz anmelden
B Verlust oder Diebstahl melden
B Stadtverwaltung Lindenau
B Marktplatz 1
B Telefon 06623 918-0
B Kontaktformular
B Stellenangebote
B Ratsinformationssystem
B Amtsblatt
B Presse
B Stadtplan
B Impressum
B Datenschutz
B Erklärung zur Barrierefreiheit
B © Stadt Lindenau
""")

# de 07: software documentation page (static site generator layout)
doc("de", "page", "documentation",
    "https://docs.kranich-backup.example/de/2.4/konfiguration.html", r"""
B Zum Inhalt springen
B kranich 2.4 Dokumentation
B Suchen (Strg+K)
B Blog
B Forum
B v2.4 (stabil)
B GitHub
B Deutsch
B Erste Schritte
B Einführung
B Installation
B Schnellstart
B Anleitung
B Konfiguration
B Zeitpläne
B Verschlüsselung
B Wiederherstellen
B Referenz
B Befehle
B Umgebungsvariablen
B Exit-Codes
B Hooks
B Benachrichtigungen
B Häufige Fragen
B Änderungsprotokoll
B Mitwirken
B Verhaltenskodex
C Konfiguration
C kranich liest seine Einstellungen aus einer TOML-Datei. Ohne weitere Angabe sucht das Programm zuerst nach kranich.toml im aktuellen Verzeichnis, dann nach ~/.config/kranich/kranich.toml und zuletzt nach /etc/kranich/kranich.toml. Mit der Option --config geben Sie einen beliebigen anderen Pfad an.
C Eine minimale Konfiguration
C Für eine erste Sicherung genügen eine Quelle und ein Ziel:
C [quelle]
C pfade = ["/home/jana", "/etc"]
C [ziel]
C url = "sftp://backup@nas.local/kranich"
C Alle weiteren Schlüssel sind optional und haben sinnvolle Standardwerte.
C Abschnitt quelle
C! pfade – Liste der Verzeichnisse, die gesichert werden. Pflichtangabe.
C! ausschliessen – Glob-Muster für Dateien und Ordner, die übersprungen werden. Standard: leer.
C! symlinks_folgen – true oder false. Standard: false.
C! max_dateigroesse – größere Dateien werden ignoriert, zum Beispiel "2G". Standard: keine Grenze.
C Abschnitt ziel
C! url – Speicherort der Sicherung. Unterstützt werden file://, sftp:// und s3://.
C! aufbewahrung – wie lange alte Stände behalten werden, siehe unten.
C! komprimierung – zstd, lz4 oder aus. Standard: zstd.
C Aufbewahrungsregeln
C Der Wert von aufbewahrung besteht aus bis zu vier Angaben, die durch Leerzeichen getrennt werden. Eine Zahl mit dem Suffix t steht für tägliche, w für wöchentliche, m für monatliche und j für jährliche Stände. "7t 4w 12m" behält also die letzten sieben Tagessicherungen, vier Wochensicherungen und zwölf Monatssicherungen.
C Alles Ältere wird erst beim nächsten Aufruf von kranich aufraeumen gelöscht. Bis dahin belegen auch abgelaufene Stände weiter Speicherplatz. Wir empfehlen deshalb, den Befehl nach jeder Sicherung auszuführen, etwa über einen Zeitplan.
C Umgebungsvariablen
C Jede Einstellung lässt sich auch über eine Umgebungsvariable setzen. Ihr Name besteht aus dem Präfix KRANICH_, dem Abschnitt und dem Schlüssel, alles in Großbuchstaben:
C export KRANICH_ZIEL_URL="s3://backups/laptop"
C export KRANICH_QUELLE_SYMLINKS_FOLGEN=true
C Umgebungsvariablen haben Vorrang vor der Datei, Optionen auf der Kommandozeile wiederum vor den Umgebungsvariablen. Passwörter gehören nie in die Konfigurationsdatei: Übergeben Sie sie über KRANICH_PASSWORT oder verweisen Sie mit passwort_datei auf eine Datei, die nur für Ihren Benutzer lesbar ist.
C Konfiguration prüfen
C Der Befehl kranich config pruefen zeigt die wirksame Konfiguration an und meldet unbekannte Schlüssel. So fallen Tippfehler auf, bevor die erste Sicherung unvollständig durchläuft:
C $ kranich config pruefen
C Konfiguration aus /home/jana/.config/kranich/kranich.toml
C Warnung: unbekannter Schlüssel "quelle.ausschliesen" (meinten Sie "ausschliessen"?)
C Der Befehl beendet sich mit dem Exit-Code 0, wenn keine Fehler gefunden wurden, und mit 3 bei ungültigen Werten. In Skripten können Sie ihn deshalb gut vor dem eigentlichen Sicherungslauf aufrufen.
B Auf dieser Seite
B Eine minimale Konfiguration
B Abschnitt quelle
B Abschnitt ziel
B Aufbewahrungsregeln
B Umgebungsvariablen
B Konfiguration prüfen
B Vorherige Seite
B Schnellstart
B Nächste Seite
B Zeitpläne
B Diese Seite auf GitHub bearbeiten
B Fehler gefunden? Melden Sie ihn im Issue-Tracker oder schlagen Sie direkt eine Änderung vor.
B Zuletzt geändert am 4. Mai 2025
B © 2025 Die Kranich-Entwicklerinnen und -Entwickler. Die Dokumentation steht unter CC BY 4.0, der Quelltext unter MPL 2.0.
""")

# de 08: hiking portal, collection of tours
doc("de", "page", "collection",
    "https://www.eifelpfade.example/touren/vulkaneifel/rundwanderungen",
    """
B Eifelpfade
B Wandern zwischen Maaren und Vulkanen
B Touren
B Fernwanderwege
B Winterwandern
B Mit Hund unterwegs
B Regionen
B Karte
B Einkehr & Übernachten
B Ausrüstung
B Über uns
B Touren › Vulkaneifel › Rundwanderungen
C Rundwanderungen in der Vulkaneifel
C Start und Ziel am selben Parkplatz, dazwischen Kraterseen, Wacholderheiden und erstaunlich viel Ruhe: Wir haben unsere Lieblingsrunden in der Vulkaneifel zusammengestellt, von der Familientour bis zum ausgewachsenen Tagesmarsch. Alle Touren sind von uns selbst gelaufen und werden mindestens einmal im Jahr überprüft.
B Karte anzeigen
B Sortieren: Beliebtheit
B Länge
B Schwierigkeit
B Dauer
C Rund um das Steinfelder Maar
C! 9,8 km · 3 Std. · leicht
C Gemütliche Runde über Wiesen und lichten Buchenwald, immer wieder mit Blick auf das dunkle Wasser des Maars. Am Parkplatz wartet ein Café mit Terrasse.
C Über den Kraterrand des Hohen Kopfes
C! 14,2 km · 4,5 Std. · mittel
C Der steile Aufstieg zum Kraterrand wird mit einer der weitesten Aussichten der Region belohnt. Bei klarem Wetter reicht der Blick bis zur Hohen Acht. Trittsicherheit auf dem schmalen Pfad am Grat ist nötig.
C Wacholderpfad bei Birresheim
C! 7,5 km · 2,5 Std. · leicht
C Die Heideflächen mit ihren Wacholderbüschen blühen im August violett. Der Weg ist fast eben und auch mit geländegängigem Kinderwagen machbar.
C Drei-Maare-Runde
C! 18,6 km · 6 Std. · schwer
C Die lange Runde verbindet gleich drei Maare und hat mehr als 500 Höhenmeter. Wer früh startet, hat die Aussichtspunkte am Morgen oft ganz für sich. Einkehrmöglichkeiten gibt es nur im Ort Weidenbach nach etwa zwei Dritteln der Strecke.
C Lavabombenweg am Mühlenberg
C! 6,1 km · 2 Std. · leicht
C Auf dieser kurzen Runde liegen ausgeworfene Lavabrocken direkt am Wegesrand, Infotafeln erklären, wie die Vulkane der Eifel entstanden sind. Ideal für Familien mit Grundschulkindern.
C Schluchtensteig im Lieserbachtal
C! 12,9 km · 4 Std. · mittel
C Eng und wild: Der Pfad folgt dem Bach durch eine schattige Schlucht, mehrfach geht es über Stege und Trittsteine. Nach starkem Regen kann der Weg an zwei Stellen überflutet sein.
C Auf den Spuren der Mühlen am Alfbach
C! 10,4 km · 3,5 Std. · mittel
C Von den einst elf Mühlen am Bach stehen noch vier, zwei davon kann man an Sonntagen im Sommer besichtigen. Der Rückweg führt über die Höhe mit weitem Blick bis zu den Windrädern am Hunsrückrand.
C Hinweis: Die Gehzeiten sind reine Gehzeiten ohne Pausen. Die Schwierigkeit richtet sich nach Länge, Höhenmetern und Wegbeschaffenheit.
B Liste als PDF herunterladen
B Touren merken
B Seite 1 von 3
B Weiter
B Tourenbuch zum Mitnehmen
B Alle 34 Touren der Vulkaneifel als gedrucktes Heft mit Karten und Höhenprofilen – jetzt für 12,90 Euro im Shop.
B Zum Shop
B Eifelpost abonnieren
B Einmal im Monat neue Touren, Sperrungen und Veranstaltungstipps aus der Eifel. Kostenlos und jederzeit abbestellbar.
B Eintragen
B Regionen
B Vulkaneifel
B Ahreifel
B Nordeifel
B Südeifel
B Westeifel
B Tourenvorschlag einsenden
B Presse
B Partnerseiten
B Eifelpfade ist ein privates Projekt von zwei Wanderfreunden aus Daun. Wir bekommen kein Geld von Tourismusverbänden und schreiben nur über Wege, die wir selbst gegangen sind.
B Kontakt
B Impressum
B Datenschutz
B Nach oben
B Alle Angaben ohne Gewähr. © 2019–2025 Eifelpfade
""", blank=True)

# de 09: food blog, recipe
doc("de", "page", "article",
    "https://kuechenbank-blog.example/2024/11/linsensuppe-mit-"
    "geraeucherter-paprika/", """
B Küchenbank
B Alltagsrezepte mit Gemüse
B Startseite
B Rezepte
B Suppen & Eintöpfe
B Ofengerichte
B Backen
B Vorratsküche
B Über mich
B Kontakt
B Zum Rezept springen
B Rezept drucken
C Linsensuppe mit geräucherter Paprika und Zitrone
B 21. November 2024 von Katrin · 14 Kommentare
B Dieser Beitrag enthält Affiliate-Links. Wenn ihr darüber etwas kauft, bekomme ich eine kleine Provision, für euch ändert sich am Preis nichts.
C Wenn es draußen nass und dunkel wird, koche ich fast jede Woche einen Topf Linsensuppe. Diese Version ist mein Favorit, seit ich im Urlaub in Andalusien einen ähnlichen Eintopf gegessen habe: Die geräucherte Paprika gibt ihr eine Tiefe, als hätte sie stundenlang mit Speck gezogen, dabei ist sie komplett vegetarisch.
C Am wichtigsten ist der Spritzer Zitrone am Ende. Er macht aus einem braven Eintopf ein richtig frisches Essen. Wer keine Zitrone im Haus hat, nimmt einen Schuss Weißweinessig.
C Welche Linsen eignen sich?
C Ich nehme am liebsten braune Tellerlinsen, weil sie beim Kochen ein bisschen zerfallen und die Suppe sämig machen. Rote Linsen gehen auch, brauchen aber nur etwa 15 Minuten. Dann die Kochzeit entsprechend verkürzen. Belugalinsen bleiben dagegen ganz und eignen sich besser für Salate.
C Linsensuppe mit geräucherter Paprika
C! Zubereitungszeit: 15 Minuten
C! Kochzeit: 40 Minuten
C! Portionen: 4 Personen
C Zutaten
C! 250 g braune Tellerlinsen
C! 1 große Zwiebel
C 2 Karotten
C! 2 Stangen Staudensellerie
C 2 Knoblauchzehen
C! 2 EL Olivenöl
C! 1 TL geräuchertes Paprikapulver
C! 1 Dose gehackte Tomaten (400 g)
C! 1,2 l Gemüsebrühe
C! Saft einer halben Zitrone
C Salz, Pfeffer, glatte Petersilie
C Zubereitung
C Zwiebel, Karotten und Sellerie in kleine Würfel schneiden, den Knoblauch fein hacken. Das Öl in einem großen Topf erhitzen und das Gemüse darin bei mittlerer Hitze etwa acht Minuten anschwitzen, bis die Zwiebel glasig ist.
C Paprikapulver und Knoblauch zugeben und eine Minute mitrösten. Vorsicht, das Paprikapulver verbrennt schnell und wird dann bitter.
C Die Linsen in einem Sieb abspülen und mit den Tomaten und der Brühe in den Topf geben. Alles aufkochen und zugedeckt 35 bis 40 Minuten leise köcheln lassen, bis die Linsen weich sind.
C Etwa ein Drittel der Suppe mit dem Stabmixer pürieren, so wird sie schön cremig. Mit Salz, Pfeffer und Zitronensaft abschmecken und mit gehackter Petersilie servieren.
C Tipp: Die Suppe schmeckt am nächsten Tag noch besser. Sie hält sich im Kühlschrank drei Tage und lässt sich gut einfrieren.
B Mein Lieblingstopf für Suppen ist ein schwerer Gusseisentopf*, den ich seit Jahren benutze.
B Rezept teilen
B Pinterest
B Facebook
B Per E-Mail senden
B Das könnte dir auch schmecken
B Kürbissuppe mit Ingwer und Kokosmilch
B Weiße-Bohnen-Eintopf mit Rosmarin
B Kichererbsencurry in 20 Minuten
B 14 Kommentare
N Sabine
N 22. November 2024 um 18:05
N Habe die Suppe heute gekocht, alle drei Kinder haben aufgegessen! Das gab es bei Linsen noch nie.
N Katrin
N 22. November 2024 um 20:11
N Wie schön, liebe Sabine, danke für die Rückmeldung!
B Antworten
B Hallo, ich bin Katrin! Auf der Küchenbank teile ich seit 2016 Rezepte, die auch nach einem langen Arbeitstag gelingen, mit viel Gemüse und ohne exotische Zutaten.
B Mehr über mich
B Rezepte durchsuchen
B Beliebte Rezepte
B Ofengemüse mit Feta und Honig
B Schnelles Shakshuka für zwei
B Apfel-Zimt-Porridge
B Kategorien
B Frühstück
B Salate
B Gemüse der Saison
B Weihnachtsbäckerei
B Abonniere die Küchenbank-Post und bekomme jeden Sonntag ein neues Rezept für die Woche.
B Instagram
B Datenschutz
B Impressum
B © Küchenbank 2024
""")

# de 10: popular science magazine, long article
doc("de", "page", "article",
    "https://www.forschung-im-blick.example/natur-umwelt/zugvoegel-"
    "brechen-spaeter-auf-12093", """
B Inhalt überspringen
B Wir respektieren Ihre Privatsphäre
B Mit Ihrer Zustimmung verwenden wir und unsere Partner Cookies, um Nutzungsstatistiken zu erstellen und Ihnen passende Werbung anzuzeigen. Sie können Ihre Entscheidung jederzeit unter „Datenschutz-Einstellungen“ ändern.
B Einverstanden
B Nur Erforderliche
B Details anzeigen
B Forschung im Blick
B Wissen, das weiterbringt
B Natur & Umwelt
B Medizin & Psyche
B Technik
B Weltraum
B Geschichte
B Gesellschaft
B Podcast
B Heft bestellen
B Digital-Abo
B Anmelden
B Natur & Umwelt
B Ornithologie
C Zugvögel brechen im Herbst immer später auf
C Seit mehr als fünfzig Jahren werden an der Küste Zugvögel gefangen, vermessen und beringt. Eine neue Auswertung dieser Daten zeigt: Viele Arten verlassen Mitteleuropa heute deutlich später als noch in den 1970er-Jahren. Doch nicht alle profitieren davon.
B Text: Dr. Lena Voss
B 9. Oktober 2024
B Lesezeit 6 Minuten
C Wenn sich im September die ersten Mönchsgrasmücken in den Netzen der Beringungsstation Hiddenhorn verfangen, beginnt für Maren Ahlers die arbeitsreichste Zeit des Jahres. Bis zu 800 Vögel am Tag holen sie und ihr Team in der Hochsaison aus den feinen Netzen, bestimmen Art, Alter und Geschlecht, wiegen sie und legen ihnen einen Aluminiumring mit einer individuellen Nummer um. Nach wenigen Minuten dürfen die Tiere weiterfliegen.
C Die Station betreibt diesen Aufwand seit 1971, und über die Jahrzehnte ist ein einzigartiger Datenschatz entstanden: mehr als 1,3 Millionen Fangdaten von 142 Vogelarten. Ahlers und Kollegen von der Universität Oldenburg haben ihn nun systematisch ausgewertet und im Fachjournal „Journal of Avian Migration“ veröffentlicht.
C Zehn Tage in fünfzig Jahren
C Das auffälligste Ergebnis betrifft den Wegzug im Herbst. Bei 41 der 67 häufigsten Arten hat sich der mittlere Durchzugstermin signifikant nach hinten verschoben, im Durchschnitt um knapp zehn Tage. Besonders deutlich ist der Trend bei Kurzstreckenziehern wie Rotkehlchen, Zilpzalp und Singdrossel, die den Winter im Mittelmeerraum verbringen.
C „Diese Arten können flexibel reagieren“, erklärt Ahlers. „Wenn der Herbst mild ist und genug Insekten und Beeren da sind, gibt es für sie keinen Grund, früh aufzubrechen.“ Manche Mönchsgrasmücken ziehen inzwischen gar nicht mehr nach Süden, sondern überwintern in Großbritannien, wo Futterhäuschen ihnen über die kalte Jahreszeit helfen.
C Langstreckenzieher haben es schwerer
C Ganz anders sieht es bei Arten aus, die südlich der Sahara überwintern. Trauerschnäpper, Gartenrotschwanz und Fitis verlassen Norddeutschland fast genau zur selben Zeit wie vor fünfzig Jahren. Ihr Zugverhalten wird stärker von der Tageslänge gesteuert als von der Temperatur, eine Art innerer Kalender, der sich über Generationen herausgebildet hat.
C Das kann zum Problem werden. Wenn die Insekten im Frühjahr immer früher schlüpfen, die Vögel aber zur gewohnten Zeit aus Afrika zurückkehren, verpassen sie den Höhepunkt des Nahrungsangebots für ihre Jungen. Fachleute sprechen von einer zeitlichen Fehlanpassung. Für den Trauerschnäpper ist sie in den Niederlanden bereits gut belegt.
C Kurz erklärt: Beringung
C Ein Ring am Bein verrät Forschenden, woher ein Vogel kommt, wie alt er wird und welche Wege er nimmt – vorausgesetzt, er wird irgendwo erneut gefangen oder tot gefunden. Wer einen beringten Vogel findet, sollte die Ringnummer an die zuständige Vogelwarte melden.
C Auch die Vögel selbst haben sich verändert: Im Mittel sind die Flügel vieler Arten leicht kürzer geworden, ihr Gewicht beim Durchzug dagegen etwas höher. Ob das eine Anpassung an kürzere Zugstrecken ist oder schlicht bessere Ernährung widerspiegelt, lässt sich aus den Daten allein nicht sagen.
C Die Autorinnen und Autoren betonen, dass Langzeitreihen wie die aus Hiddenhorn unersetzlich sind. „Solche Trends sieht man erst nach Jahrzehnten“, sagt Ahlers. „Jedes Jahr, in dem eine Station nicht weiterarbeitet, ist eine Lücke, die man nie wieder schließen kann.“ Die Finanzierung der Station ist derzeit nur bis Ende 2026 gesichert.
B Artikel teilen
B Facebook
B Bluesky
B LinkedIn
B E-Mail
B Anzeige
B Unabhängiger Wissenschaftsjournalismus kostet Geld. Mit einem Digital-Abo ab 4,90 Euro im Monat lesen Sie alle Artikel ohne Werbung und unterstützen unsere Arbeit.
B Jetzt abonnieren
B Mehr zum Thema
B Warum Störche nicht mehr nach Afrika fliegen
B Vogelzählung im Garten: So machen Sie mit
B Lichtverschmutzung bringt Zugvögel vom Kurs ab
B Über uns
B Redaktion
B Autorinnen und Autoren
B Leserbriefe
B Mediadaten
B Jobs
B Impressum
B Datenschutz
B Datenschutz-Einstellungen
B © 2024 Forschung im Blick Verlag GmbH, Hamburg
""")

# de 11: regional culture calendar, event listing
doc("de", "page", "listing",
    "https://www.kulturkalender-saar.example/termine/saarbruecken/"
    "wochenende", """
B Kulturkalender Saar
B Termine
B Konzerte
B Theater & Tanz
B Ausstellungen
B Kinder & Familie
B Lesungen
B Märkte & Feste
B Orte
B Veranstaltung eintragen
B Kalender öffnen
B Heute
B Morgen
B Dieses Wochenende
B Nächste Woche
B Stadt oder PLZ
B Suchen
C Was ist los in Saarbrücken? Veranstaltungen am Wochenende
C 7. bis 9. März 2025 · 9 Termine
C! Freitag, 7. März, 20:00 Uhr
C! Die Blechschaden-Bigband spielt Swing
C! Kulturzentrum Alte Brauerei, Saarbrücken-Burbach
C! Eintritt 18 Euro, ermäßigt 12 Euro
C Zwölf Musikerinnen und Musiker aus dem Saarland spielen Stücke von Count Basie bis Duke Ellington. Vor dem Konzert gibt es um 19 Uhr einen Tanzkurs für Einsteiger.
B Zum Kalender hinzufügen
C! Freitag, 7. März, 19:30 Uhr
C! Lesung: Marlene Theis, „Grenzgänger“
C! Buchhandlung am Rathausplatz, Saarbrücken
C! Eintritt 8 Euro, Reservierung empfohlen
C Die Autorin stellt ihren Roman über drei Generationen einer Familie vor, die zwischen Forbach und Völklingen pendelt. Anschließend Gespräch und Signierstunde.
B Zum Kalender hinzufügen
C! Samstag, 8. März, 10:00 bis 16:00 Uhr
C! Frühlingsmarkt für Pflanzen und Saatgut
C! Innenhof des Schlosses, Saarbrücken
C Eintritt frei
C Mehr als 40 Gärtnereien und Hobbyzüchter bieten Jungpflanzen, alte Gemüsesorten und Saatgut zum Tauschen an. Der Obst- und Gartenbauverein berät zum Obstbaumschnitt.
B Zum Kalender hinzufügen
C! Samstag, 8. März, 15:00 Uhr
C! Kindertheater: Der kleine Drache Funkelzahn
C! Theater im Viertel, Saarbrücken-St. Johann
C! Eintritt 7 Euro, für Kinder ab 4 Jahren
B Zum Kalender hinzufügen
C! Samstag, 8. März, 20:00 Uhr
C! Premiere: „Das Fest“ nach Thomas Vinterberg
C! Staatstheater, Großes Haus
C! Karten von 16 bis 42 Euro
C Eine runde Geburtstagsfeier, bei der die Wahrheit über den Patriarchen ans Licht kommt. Regie führt die junge Saarbrückerin Jana Felten, die damit ihr Debüt am Großen Haus gibt.
B Zum Kalender hinzufügen
C! Sonntag, 9. März, 11:00 Uhr
C! Führung: Industriekultur an der Saar
C! Treffpunkt Bahnhof Völklingen
C! Teilnahme 10 Euro, Anmeldung erforderlich
C Auf einem zweistündigen Spaziergang geht es um Hüttenarbeit, Werkssiedlungen und den Wandel eines ganzen Stadtteils. Festes Schuhwerk wird empfohlen.
B Zum Kalender hinzufügen
C! Sonntag, 9. März, 17:00 Uhr
C! Kammerkonzert: Streichquartette von Haydn und Schubert
C! Festsaal im Rathaus, Saarbrücken
C! Eintritt 20 Euro, Schüler frei
B Zum Kalender hinzufügen
B Alle Angaben ohne Gewähr. Bitte informieren Sie sich vor dem Besuch beim Veranstalter über kurzfristige Änderungen.
B Mehr laden
B Sie organisieren eine Veranstaltung? Tragen Sie Ihren Termin kostenlos ein, die Redaktion prüft ihn innerhalb von zwei Werktagen.
B Termin melden
B Beliebte Orte
B Staatstheater
B Garage
B Alte Feuerwache
B Ludwigspark
B Stadtgalerie
B Kulturkalender Saar
B Über den Kalender
B Für Veranstalter
B Werbung buchen
B Newsletter
B Impressum
B Datenschutz
B © 2025 Saar Mediendienst GmbH
""")

# de 12: personal finance portal, comparison article with table
doc("de", "page", "article",
    "https://www.geldwerk-ratgeber.example/sparen/tagesgeld-oder-"
    "festgeld", """
B Geldwerk
B Der Ratgeber für Ihre Finanzen
B Sparen & Anlegen
B Kredit & Baufinanzierung
B Versicherungen
B Steuern
B Rente
B Rechner
B Vergleiche
B Newsletter
B Suche
B Anmelden
B Sparen & Anlegen / Tagesgeld
C Tagesgeld oder Festgeld? Wo Sparer jetzt noch gute Zinsen bekommen
C Die Zinsen sinken wieder, aber langsamer als befürchtet. Wer sein Erspartes für ein oder zwei Jahre fest anlegt, kann sich die aktuellen Konditionen sichern. Wir zeigen, für wen sich das lohnt.
B Geldwerk-Redaktion | Aktualisiert: 02.04.2025
B Hinweis: Dieser Artikel enthält Werbelinks, die mit einem Sternchen gekennzeichnet sind. Schließen Sie darüber ein Produkt ab, erhalten wir eine Vergütung. Auf unsere Bewertung hat das keinen Einfluss.
C Auf dem Tagesgeldkonto ist das Geld jederzeit verfügbar, dafür kann die Bank den Zins jederzeit ändern. Genau das passiert gerade: Mehrere Direktbanken haben ihre Tagesgeldzinsen in den vergangenen Wochen gesenkt, teils um einen halben Prozentpunkt. Lockangebote für Neukunden gelten oft nur für vier oder sechs Monate.
C Beim Festgeld legen Sie einen Betrag für eine feste Laufzeit an, zum Beispiel für zwölf Monate. Der Zins steht vom ersten Tag an fest, egal was am Markt passiert. Der Nachteil: Vor Ablauf der Laufzeit kommen Sie in der Regel nicht an Ihr Geld.
C Die Faustregel: Notgroschen aufs Tagesgeld
C Drei Monatsnettogehälter als Reserve für kaputte Waschmaschinen und Autoreparaturen gehören auf ein Tagesgeldkonto. Was darüber hinausgeht und in den nächsten ein bis zwei Jahren sicher nicht gebraucht wird, kann ins Festgeld. Wer unsicher ist, teilt den Betrag auf mehrere Laufzeiten auf, zum Beispiel ein Drittel für ein Jahr, ein Drittel für zwei und ein Drittel für drei Jahre.
C Aktuelle Festgeldzinsen im Überblick
C Bank, Laufzeit, Zins pro Jahr, Mindestanlage
C! Nordbank Direkt · 12 Monate · 2,60 % · 5.000 Euro
C! Hanse Sparbank · 12 Monate · 2,45 % · 1.000 Euro
C! Alpenländische Volksbank · 24 Monate · 2,50 % · 2.500 Euro
C! Merkur Privatbank · 24 Monate · 2,40 % · 10.000 Euro
C! Stadtsparkasse Lindenau · 36 Monate · 2,30 % · 500 Euro
C Stand der Zinsen: 1. April 2025. Alle aufgeführten Banken gehören einer Einlagensicherung in Deutschland an.
C Auf die Einlagensicherung achten
C Bis 100.000 Euro pro Person und Bank sind Einlagen in der EU gesetzlich geschützt. Bei Banken mit Sitz im Ausland springt im Ernstfall die Einlagensicherung des jeweiligen Landes ein. Das ist rechtlich gleichwertig, die Auszahlung kann aber länger dauern und in der Praxis mühsamer sein. Wer auf Nummer sicher gehen will, bleibt bei Banken aus Ländern mit guter Bonität.
C Und die Steuer?
C Zinsen sind Kapitalerträge. Bis zum Sparerpauschbetrag von 1.000 Euro im Jahr, für Ehepaare 2.000 Euro, bleiben sie steuerfrei, wenn Sie bei der Bank einen Freistellungsauftrag erteilt haben. Bei ausländischen Banken ohne deutsche Niederlassung müssen Sie die Zinsen selbst in der Steuererklärung angeben.
C Unser Fazit: Wer Geld für mindestens ein Jahr nicht braucht, sollte sich die jetzigen Festgeldzinsen sichern. Lange Laufzeiten über drei Jahre lohnen sich dagegen kaum, weil der Zinsvorteil gegenüber kürzeren Anlagen gering ist.
B Zum Festgeld-Vergleich*
B Die Informationen in diesem Artikel ersetzen keine individuelle Anlageberatung. Für die Richtigkeit der Konditionen übernehmen wir keine Gewähr.
B War dieser Artikel hilfreich?
B Teilen
B Drucken
B Per E-Mail senden
B Weitere Ratgeber
B Sparerpauschbetrag: So stellen Sie den Freistellungsauftrag richtig
B ETF-Sparplan für Einsteiger: Schritt für Schritt erklärt
B Kündigungsgeld: Die unbekannte Alternative zum Festgeld
B Rechner
B Zinseszinsrechner
B Sparrechner
B Inflationsrechner
B Baufinanzierungsrechner
B Kreditrechner
B Geldwerk
B Über uns
B So finanzieren wir uns
B Redaktionelle Grundsätze
B Kontakt
B Werben auf Geldwerk
B Impressum
B Datenschutz
B Cookie-Einstellungen
B Barrierefreiheit
B © 2025 Geldwerk Medien GmbH
""", blank=True)

# de 13: extracted local politics article
doc("de", "extracted", "article",
    "https://www.ammerheider-nachrichten.example/kreis/kreistag-"
    "beschliesst-neues-busnetz-id20418833.html", """
C Kreistag beschließt neues Busnetz: Mehr Fahrten, aber weniger Haltestellen
B Von Markus Ehlers
B Lesezeit: 4 Minuten
C Ab dem Fahrplanwechsel im Dezember fahren die Busse im Landkreis Ammerheide nach einem völlig neuen Konzept. Der Kreistag hat das sogenannte Taktnetz am Montagabend mit 38 zu 11 Stimmen beschlossen.
C Dagegen stimmten die Abgeordneten der Freien Wähler und zwei Mitglieder der CDU-Fraktion. Sie fürchten vor allem um die Anbindung der kleinen Dörfer.
C Kern der Reform sind sechs Hauptlinien, die künftig von 5 bis 23 Uhr im Stundentakt verkehren. Auf den Abschnitten zwischen Westerbrook, Ammerheide und Hollersiel fahren die Busse sogar alle 30 Minuten.
C Bislang fuhren viele Linien nur zu den Schulzeiten, am Wochenende war das Angebot auf dem Land so gut wie nicht vorhanden.
B+ Anzeige
C~ „Wir machen den Bus endlich zu einer echten Alternative zum Zweitwagen“, sagte Landrätin Henrike Janßen (SPD) in der Debatte.
C Damit die Busse den Takt halten können, werden sie allerdings nicht mehr jede Haltestelle anfahren. Rund 60 der bisher 410 Haltestellen im Kreis sollen wegfallen.
C Betroffen sind vor allem Stopps, an denen nach den Zählungen des Verkehrsverbunds weniger als fünf Fahrgäste am Tag einsteigen. Viele davon liegen an Kreisstraßen außerhalb der Ortschaften.
B Lesen Sie auch: Schnellbus nach Oldenburg – Pendler ziehen nach einem Jahr Bilanz
C Rufbus soll Lücken schließen
C Für Orte, die aus dem Liniennetz herausfallen, soll ein Rufbus einspringen. Er fährt ohne festen Fahrplan und muss mindestens 60 Minuten vorher per App oder Telefon bestellt werden.
C Die Fahrt kostet so viel wie ein normales Busticket, das Deutschlandticket gilt ebenfalls.
C Kritiker halten das für unzureichend. „Ältere Menschen in Groß Hollen werden keine App installieren, um zum Arzt zu kommen“, sagte Gerd Wübbena von den Freien Wählern.
C Er forderte, zumindest die Haltestellen an Arztpraxen und Supermärkten zu erhalten. Ein entsprechender Antrag fand jedoch keine Mehrheit.
C Die Kreisverwaltung verwies auf einen Pilotversuch im Nordkreis. Dort habe sich die Zahl der Fahrgäste im Rufbus innerhalb eines Jahres verdreifacht.
C Mehr als die Hälfte der Buchungen sei telefonisch eingegangen, sagte Verkehrsdezernent Olaf Rieken. „Die Sorge, dass Ältere abgehängt werden, hat sich nicht bestätigt.“
C Was sich für Fahrgäste ändert
C! Sechs Hauptlinien im Stundentakt, täglich von 5 bis 23 Uhr
C! Halbstundentakt zwischen Westerbrook und Hollersiel
C! Rufbus für alle Orte ohne Linienanschluss
C! Rund 60 Haltestellen werden aufgegeben
C! Neue Umsteigepunkte an den Bahnhöfen Ammerheide und Sielhorst
C Die Mehrkosten beziffert der Kreis auf 4,2 Millionen Euro im Jahr. Rund die Hälfte soll das Land über seine Förderung für den ländlichen Nahverkehr übernehmen.
C Den Rest trägt der Kreis selbst. Die Kreisumlage, die die Gemeinden zahlen, soll dafür nicht steigen, versicherte Kämmerin Birte Schoon.
C Auch die Busunternehmen müssen sich umstellen. Für den dichteren Takt werden nach Schätzung des Verkehrsverbunds rund 25 zusätzliche Fahrerinnen und Fahrer gebraucht.
C Schon jetzt fällt es den Betrieben schwer, offene Stellen zu besetzen. Der Kreis will deshalb gemeinsam mit der Arbeitsagentur Quereinsteiger für den Busführerschein gewinnen.
C Wie geht es weiter?
C Welche Haltestellen genau wegfallen, will der Verkehrsverbund bis zum Sommer festlegen. Die Gemeinden sollen vorher angehört werden.
C Bürgerinnen und Bürger können ihre Hinweise bis zum 30. April über ein Online-Formular auf der Internetseite des Kreises einreichen.
C Im Herbst sind in allen Gemeinden Informationsabende geplant, auf denen der Verkehrsverbund die neuen Fahrpläne vorstellt.
B Sie möchten keine Nachricht aus dem Kreistag verpassen? Abonnieren Sie unseren kostenlosen Newsletter „Kreis kompakt“.
B Markus Ehlers ist Redakteur im Lokalressort und berichtet seit 2018 über Kreispolitik und Verkehr.
""")

# de 14: extracted tech explainer, blank lines between blocks
doc("de", "extracted", "article",
    "https://netzwaechter-magazin.example/ratgeber/sicherheit/"
    "passkeys-erklaert", """
B Stand: 14.05.2025
C Passkeys erklärt: So funktioniert die Anmeldung ohne Passwort
C Passwörter sind unbequem und unsicher zugleich. Passkeys sollen beides lösen. Immer mehr Dienste bieten sie an, doch viele Nutzer zögern. Was hinter der Technik steckt und worauf Sie achten sollten.
C Ein Passkey besteht aus zwei Schlüsseln, die mathematisch zusammengehören. Der öffentliche Schlüssel liegt beim Onlinedienst, der private bleibt auf Ihrem Gerät, etwa dem Smartphone oder dem Laptop.
C Bei der Anmeldung schickt der Dienst eine Art Rätsel, das nur mit dem privaten Schlüssel gelöst werden kann. Ihr Gerät löst es, nachdem Sie sich per Fingerabdruck, Gesichtserkennung oder PIN ausgewiesen haben.
C Der entscheidende Vorteil: Der private Schlüssel verlässt Ihr Gerät nie. Selbst wenn Angreifer die Server eines Dienstes kapern, erbeuten sie nichts, womit sie sich in Ihr Konto einloggen könnten.
C Auch Phishing läuft ins Leere, weil ein Passkey fest an die echte Adresse des Dienstes gebunden ist. Auf einer gefälschten Seite funktioniert er schlicht nicht.
B Mehr zum Thema
B Zwei-Faktor-Authentifizierung: Diese Methoden sind wirklich sicher
B Passwortmanager im Test: Sieben Programme im Vergleich
C Was passiert, wenn das Handy weg ist?
C Das ist die häufigste Sorge. Die gute Nachricht: Bei den großen Plattformen werden Passkeys verschlüsselt über das Nutzerkonto synchronisiert.
C Ein neues Gerät bekommt Ihre Passkeys, sobald Sie sich dort mit Ihrem Konto anmelden. Auch viele Passwortmanager können Passkeys speichern und auf alle Ihre Geräte verteilen.
C Trotzdem sollten Sie vorsorgen. Richten Sie bei wichtigen Konten mindestens zwei Anmeldewege ein, zum Beispiel einen Passkey auf dem Smartphone und einen zweiten auf dem Laptop oder einem Sicherheitsschlüssel.
C Wiederherstellungscodes gehören ausgedruckt in eine Schublade und nicht als Datei auf den Desktop.
C So richten Sie einen Passkey ein
C! Melden Sie sich wie gewohnt mit Passwort an.
C! Öffnen Sie die Sicherheitseinstellungen Ihres Kontos.
C! Wählen Sie „Passkey erstellen“ oder „Passkey hinzufügen“.
C! Bestätigen Sie mit Fingerabdruck, Gesicht oder Geräte-PIN.
C Danach können Sie sich beim nächsten Mal ohne Passwort anmelden. Das alte Passwort bleibt bei den meisten Diensten zunächst bestehen. Ob Sie es löschen können, hängt vom Anbieter ab.
C Noch nicht überall angekommen
C Ganz ohne Hürden ist der Umstieg noch nicht. Manche Dienste erlauben Passkeys nur in der App, andere nur im Browser.
C Wer Geräte verschiedener Hersteller nutzt, etwa ein Android-Smartphone und ein Apple-Notebook, muss sich mit QR-Codes behelfen oder einen plattformübergreifenden Passwortmanager verwenden.
C Auch Firmenkonten sind ein Sonderfall. Hier entscheidet meist die IT-Abteilung, ob und auf welchen Geräten Passkeys erlaubt sind.
C Und was ist mit dem Passwortmanager?
C Wer bereits einen Passwortmanager nutzt, muss ihn nicht aufgeben. Im Gegenteil: Er bleibt für alle Dienste nötig, die noch keine Passkeys unterstützen, und das wird noch einige Jahre die Mehrheit sein.
C Gute Programme verwalten Passwörter und Passkeys nebeneinander. So haben Sie alle Zugänge an einem Ort und können schrittweise umsteigen, Dienst für Dienst.
C Das Fazit
C Sicherheitsfachleute raten dazu, Passkeys zu nutzen, wo immer sie angeboten werden. Sie sind nach heutigem Stand deutlich schwerer zu knacken als selbst ein gutes Passwort.
C Und bequemer sind sie obendrein: Ein Blick in die Kamera oder ein Finger auf dem Sensor, und schon ist man angemeldet.
B Tobias Rank schreibt seit 2012 über IT-Sicherheit und Datenschutz. Er testet Software am liebsten auf alten Rechnern.
""", blank=True)

# de 15: extracted travel feature
doc("de", "extracted", "article",
    "https://www.reiseblatt-unterwegs.example/deutschland/sachsen/"
    "goerlitz-im-winter", """
C Görlitz im Winter: Ein Wochenende zwischen zwei Ländern
C In der östlichsten Stadt Deutschlands ist es im Januar still. Genau das macht den Reiz aus: Man hat die Gassen fast für sich allein und kann zu Fuß mal eben nach Polen zum Mittagessen gehen.
B Foto: Sabine Kurz
C Wer am Freitagabend mit dem Zug ankommt, sieht vom Bahnhof aus zunächst nur breite Gründerzeitstraßen. Die Altstadt beginnt einen kurzen Spaziergang weiter.
C Dann wird es schnell eng, verwinkelt und sehr alt. Renaissancehäuser mit prächtigen Portalen reihen sich am Untermarkt aneinander, in den Höfen haben sich kleine Cafés und Galerien eingerichtet.
C Tausende Baudenkmäler soll es in Görlitz geben, und viele davon sind in den vergangenen Jahrzehnten aufwendig saniert worden. Kein Wunder, dass Filmteams die Stadt lieben.
C An manchen Ecken fühlt man sich tatsächlich wie in einer Kulisse, vor allem am frühen Morgen, wenn der Nebel aus dem Neißetal hochzieht.
C Über die Brücke nach Zgorzelec
C Die Altstadtbrücke über die Neiße ist nur für Fußgänger und Radfahrer gedacht. Auf der anderen Seite liegt Zgorzelec, bis 1945 ein Teil von Görlitz.
C Heute ist es eine eigene polnische Stadt, aber das Leben auf beiden Seiten ist eng verflochten. Viele Görlitzer gehen drüben zum Friseur oder tanken, viele Polen arbeiten auf der deutschen Seite.
C Gleich hinter der Brücke lohnt ein Abstecher in eines der Restaurants am Fluss. Piroggen mit Sauerkraut und Pilzen, dazu eine Rote-Bete-Suppe: Satt wird man hier für deutlich weniger Geld als auf der anderen Seite der Neiße.
C Mit Karte zahlen kann man fast überall, Złoty braucht man nur selten.
B+ *
C Vom Turm auf die Dächer
C Am Samstagmorgen geht es hinauf auf einen der Kirchtürme. Die Stufen sind steil und eng, oben pfeift der Wind.
C Dafür reicht der Blick bei klarem Wetter über das Dächermeer bis zur Landeskrone, dem Hausberg der Stadt, und im Süden bis ins Zittauer Gebirge.
C Am Nachmittag wärmt man sich am besten in einem der Museen auf. Das Schlesische Museum erzählt die Geschichte der Region über Jahrhunderte und Grenzen hinweg, ohne dabei schwer zu werden.
C Wer lieber etwas Süßes will, findet in der Altstadt mehrere Konditoreien. Mohnkuchen gehört hier zum Wochenende wie anderswo der Käsekuchen.
C Abends in der Altstadt
C Die meisten Lokale liegen rund um den Untermarkt und in der Brüderstraße. Im Winter schließen einige Küchen schon um 21 Uhr, ein Tisch sollte am Samstag vorher reserviert werden.
C Schlesische Küche steht auf vielen Karten: Rinderroulade mit Klößen, Himmelreich mit Backobst und Speck, im Winter oft auch Wild aus der Lausitz.
C Wer danach noch nicht ins Bett will, findet in den Seitenstraßen ein paar kleine Bars. Laut wird es hier selten, und genau so mögen es die Görlitzer.
C Am Sonntag an die Neiße
C Vor der Abreise lohnt ein Spaziergang am Fluss entlang nach Süden. Der Weg führt an alten Mühlen und Industriebauten vorbei, einige davon sind heute Ateliers oder Wohnungen.
C Wer Glück hat, sieht Eisvögel über das Wasser flitzen. Nach einer Stunde ist man zurück in der Altstadt, gerade rechtzeitig für den Zug.
C Infos zur Reise
C! Anreise: mit dem Zug über Dresden oder Cottbus
C! Übernachtung: Doppelzimmer in der Altstadt ab etwa 85 Euro
C! Turmbesteigung: im Winter meist nur am Wochenende
C Unterwegs: Die Altstadt ist klein, alle Ziele sind gut zu Fuß erreichbar.
B * Die Reise wurde unterstützt von der städtischen Tourismusgesellschaft. Unsere Berichterstattung bleibt davon unberührt.
B Sabine Kurz lebt in Leipzig und ist am liebsten mit dem Zug unterwegs.
B Weitere Reiseziele in Sachsen: Zittauer Gebirge, Sächsische Schweiz, Leipziger Neuseenland
""")

# de 16: extracted forum thread (heating)
doc("de", "extracted", "forum",
    "https://www.haustechnik-dialog.example/forum/waermepumpe/"
    "waermepumpe-taktet-stark-bei-plusgraden.182205", """
C Wärmepumpe taktet stark bei Plusgraden – normal?
N Themenstarter: Heizungsneuling_Jens
N 07.11.2024, 21:14
C Hallo in die Runde, wir haben seit September eine Luft-Wasser-Wärmepumpe mit 9 kW im Einfamilienhaus, Baujahr 1996, Fußbodenheizung im Erdgeschoss, Heizkörper oben.
C Bei Außentemperaturen um 8 Grad springt die Anlage etwa alle 15 Minuten an und geht nach fünf, sechs Minuten wieder aus. Der Installateur meint, das sei normal. Mir kommt das viel vor. Was meint ihr?
N Energieberater_HH
N 07.11.2024, 21:40
C Normal ist das nicht, aber leider sehr häufig. Deine Pumpe ist bei 8 Grad schlicht zu groß für den Bedarf des Hauses, das ist bei Altbauten in der Übergangszeit fast die Regel. Die kleinste Leistungsstufe liefert mehr Wärme, als gebraucht wird, also schaltet sie ab.
C Wie hoch ist die Vorlauftemperatur eingestellt?
N Heizungsneuling_Jens
N 07.11.2024, 22:05
C Laut Display 38 Grad bei 8 Grad außen. Die Heizkurve hat der Installateur eingestellt, Steilheit 0,6.
N Energieberater_HH
N 08.11.2024, 07:52
C Dann würde ich als Erstes die Heizkurve absenken, in kleinen Schritten, und jeweils zwei, drei Tage beobachten, ob alle Räume warm werden. Außerdem:
C! Alle Thermostatventile im Erdgeschoss ganz öffnen
C! Einzelraumregelung möglichst abschalten
C! Hysterese in der Regelung vergrößern, falls möglich
C Je mehr Heizkreise offen sind, desto mehr Wasser kann die Wärmepumpe erwärmen und desto länger läuft sie am Stück.
N Sparfuchs2019
N 08.11.2024, 09:30
C Kann ich bestätigen. Bei uns war es genau dasselbe. Nachdem wir die Raumthermostate im Bad und in der Küche ausgebaut haben, läuft die Pumpe bei Plusgraden fast durchgehend mit kleiner Leistung.
C Der Stromverbrauch ist um etwa 15 Prozent gesunken, und es ist sogar gleichmäßiger warm. Im Bad haben wir stattdessen einen kleinen elektrischen Handtuchheizkörper, der morgens eine halbe Stunde läuft, falls es jemandem zu kühl ist.
N Kältetechniker_Rolf
N 08.11.2024, 13:12
C Wichtig ist auch, ob das Gerät überhaupt modulieren kann. Manche günstigen Modelle kennen nur an und aus. Dann hilft nur ein ausreichend großer Pufferspeicher, und der kostet wieder Effizienz.
C Schau mal ins Datenblatt, dort steht die minimale Heizleistung bei A7/W35. Liegt die deutlich über 3 kW, wird es bei deinem Haus in der Übergangszeit immer takten.
N Heizungsneuling_Jens
N 10.11.2024, 18:22
C Kurzes Update: Heizkurve auf 0,5 reduziert und alle Ventile unten aufgedreht. Die Pumpe läuft jetzt etwa 40 Minuten am Stück, dann 20 Minuten Pause. Im Obergeschoss ist es trotzdem warm genug.
C Danke euch, das hätte ich vom Installateur gern auch so gehört. Ich beobachte das jetzt noch ein paar Wochen.
B Antworten
B Zitieren
B Beitrag melden
B Ähnliche Probleme? Bitte einen eigenen Thread eröffnen und Leistung, Baujahr und Heizflächen angeben.
""")

# de 17: extracted product page (hiking boot)
doc("de", "extracted", "product",
    "https://www.talwerk-outdoor.example/de/schuhe/wanderschuhe/"
    "berglaeufer-mid-gtx-herren", """
C Talwerk Bergläufer Mid GTX Herren
C! 169,95 € inkl. MwSt.
C! Farbe: Schiefergrau mit Orange
C! Größen: 40 bis 47, auch in halben Größen
B Kostenloser Versand und Rückversand innerhalb Deutschlands
C Der Bergläufer Mid ist unser Allrounder für Tageswanderungen im Mittelgebirge und in den Alpen. Er ist leicht genug für lange Strecken auf Forstwegen und stabil genug für steinige Pfade mit Gepäck.
C Der knöchelhohe Schaft aus Velours und robustem Textilgewebe stützt das Sprunggelenk, ohne einzuengen. Eine wasserdichte, atmungsaktive Membran hält die Füße auch bei nassem Gras und Schneefeldern trocken.
C Die Sohle mit tiefem Profil greift auf Wurzeln, Schotter und feuchtem Fels zuverlässig. Im Fersenbereich sorgt eine Dämpfungszone aus EVA dafür, dass lange Abstiege nicht so stark in die Knie gehen.
C Besonders gefällt unseren Testern die Schnürung: Sie reicht bis weit in den Zehenbereich und lässt sich über einen Klemmhaken am Spann in zwei Zonen unterschiedlich fest einstellen. So sitzt der Schuh bergab fest, ohne oben zu drücken.
C Passform
C Der Bergläufer fällt normal aus und hat einen mittelbreiten Leisten. Wer sonst zwischen zwei Größen liegt, sollte die größere wählen, vor allem bei dicken Wandersocken.
B Zur Größentabelle
C Für sehr breite Füße empfehlen wir das Modell Bergläufer Wide, das im Vorfußbereich etwa fünf Millimeter mehr Platz bietet.
C Technische Daten
C! Gewicht: 540 g pro Schuh (Größe 42)
C! Obermaterial: Veloursleder und Polyamid
C! Membran: TalDry, wasserdicht und atmungsaktiv
C! Sohle: Gummi mit 5 mm Profiltiefe
C! Sprengung: 10 mm
C! Einsatzbereich: Wandern, Trekking leicht, Hüttentouren
C Pflege
C Nach dem Wandern groben Schmutz mit einer weichen Bürste entfernen und den Schuh bei Zimmertemperatur trocknen lassen, nicht auf der Heizung oder am Ofen. Die Einlegesohle dabei herausnehmen.
C Regelmäßig mit einem Imprägnierspray für Membranschuhe behandeln, damit das Obermaterial Wasser abperlen lässt und die Membran atmen kann.
C Nachhaltigkeit
C Das Obermaterial besteht zu 40 Prozent aus recyceltem Polyamid. Der Schuh wird in Portugal gefertigt, die Sohle kann bei unserem Reparaturservice einmal ausgetauscht werden.
C Eine neue Sohle kostet 59 Euro inklusive Versand und verlängert das Leben des Schuhs oft um mehrere Jahre.
C Artikelnummer: TW-40122-GR
B Jetzt zum Newsletter anmelden und 10 % Rabatt auf die erste Bestellung sichern.
B Kunden, die diesen Artikel gekauft haben, kauften auch: Merino-Wandersocken Duo, Imprägnierspray Membran 300 ml
""")

# de 18: extracted documentation for a Python library function
doc("de", "extracted", "documentation",
    "https://datumsfluss.readthedocs.example/de/latest/api/parse_datum.html",
    r"""
C datumsfluss.parse_datum
B+ ¶
C parse_datum(text, sprache="de", streng=False, bezug=None)
B~ [Quelltext]
C Erkennt ein Datum in einem Freitext und gibt es als datetime.date zurück. Die Funktion versteht numerische Formate wie 03.02.2025 ebenso wie ausgeschriebene Angaben („3. Februar 2025“, „Anfang März“) und relative Ausdrücke wie „übermorgen“.
C Parameter
B+ ¶
C! text (str) – der zu untersuchende Text. Er darf beliebig lang sein; ausgewertet wird die erste gefundene Datumsangabe.
C! sprache (str) – Sprachcode nach ISO 639-1. Unterstützt werden de, en, fr, es und it. Standard ist "de".
C! streng (bool) – wenn True, werden mehrdeutige Angaben wie 03/04 abgelehnt, statt sie nach den Konventionen der Sprache aufzulösen.
C! bezug (date oder None) – Bezugsdatum für relative Angaben. Ohne Angabe wird das heutige Datum verwendet.
C Rückgabewert
C Ein datetime.date-Objekt oder None, wenn im Text kein Datum gefunden wurde. Uhrzeiten im Text werden dabei nicht ausgewertet; wer Datum und Uhrzeit zusammen braucht, verwendet parse_zeitpunkt, das ein datetime-Objekt mit Zeitzone zurückgibt.
C Ausnahmen
C! MehrdeutigesDatum – wird nur im strengen Modus ausgelöst, wenn die Angabe mehrere Lesarten zulässt.
C! UnbekannteSprache – wenn für den angegebenen Sprachcode keine Regeln vorhanden sind.
C Beispiele
C Die folgenden Beispiele setzen, wo nötig, ein festes Bezugsdatum, damit die Ausgabe reproduzierbar bleibt.
C >>> from datetime import date
C >>> from datumsfluss import parse_datum
C >>> parse_datum("Die Sitzung findet am 3. Februar 2025 statt.")
C datetime.date(2025, 2, 3)
C >>> parse_datum("übermorgen", bezug=date(2025, 5, 30))
C datetime.date(2025, 6, 1)
C >>> parse_datum("le 14 juillet", sprache="fr", bezug=date(2024, 1, 1))
C datetime.date(2024, 7, 14)
C Hinweise
C Fehlt in einer Angabe das Jahr, wählt parse_datum das Jahr so, dass das Ergebnis möglichst nah am Bezugsdatum liegt. „14. Juli“ wird im Dezember also dem folgenden Jahr zugeordnet, im Juni dem laufenden.
C Ungefähre Angaben wie „Anfang März“ oder „Mitte des Monats“ werden auf einen festen Tag abgebildet: Anfang entspricht dem 1., Mitte dem 15. und Ende dem letzten Tag des Monats. Wer diese Angaben unterscheiden muss, sollte parse_zeitraum verwenden, das einen Zeitraum mit Beginn und Ende liefert.
C Die Funktion ist threadsicher und hält keinen globalen Zustand. Die Sprachregeln werden beim ersten Aufruf für eine Sprache geladen und danach zwischengespeichert; der erste Aufruf dauert deshalb spürbar länger als alle weiteren. Wer viele Texte verarbeitet, kann die Regeln mit lade_sprachen() schon beim Programmstart laden.
C Geändert in Version 1.3: Der Parameter bezug akzeptiert auch datetime-Objekte; der Uhrzeitanteil wird ignoriert.
B Zuletzt aktualisiert am 2. Juni 2025.
B Vorherige: Installation · Nächste: parse_zeitraum
B © Copyright 2023–2025, Das datumsfluss-Team. Erstellt mit Sphinx.
""")

# de 19: extracted municipal service page (bulky waste)
doc("de", "extracted", "service",
    "https://www.abfall-kreis-hohenstein.example/sperrmuell/anmelden",
    """
C Sperrmüll anmelden
C Sperrige Gegenstände aus Ihrem Haushalt, die nicht in die Restmülltonne passen, holen wir auf Anmeldung direkt vor Ihrem Haus ab. Zweimal im Jahr ist die Abholung bis zu drei Kubikmetern kostenlos, jede weitere Abholung kostet 35 Euro.
B Diese Seite drucken
C Was gehört zum Sperrmüll?
C! Möbel wie Schränke, Tische, Stühle, Betten und Sofas
C! Matratzen und Teppiche (gerollt und verschnürt)
C! Koffer, Kinderwagen und große Spielsachen
C! Bretter und Holzreste bis zwei Meter Länge
C Was gehört nicht dazu?
C Elektrogeräte, Bauschutt, Fenster mit Glas, Autoreifen, Farben und Lacke sowie Gartenabfälle nehmen wir mit dem Sperrmüll nicht mit. Große Elektrogeräte wie Kühlschränke und Waschmaschinen können Sie getrennt anmelden, kleinere Geräte geben Sie kostenlos an den Wertstoffhöfen ab.
C So melden Sie an
C Die Anmeldung ist online, telefonisch oder mit der Sperrmüllkarte aus dem Abfallkalender möglich. Bitte geben Sie an, welche Gegenstände Sie herausstellen möchten und wie viel es ungefähr ist. Innerhalb von einer Woche erhalten Sie Ihren Abholtermin per Post oder E-Mail.
B Zum Online-Anmeldeformular
C Stellen Sie den Sperrmüll am Abholtag bis 6 Uhr morgens gut sichtbar an den Straßenrand, aber nicht vor Einfahrten oder auf den Radweg. Frühestens am Vorabend darf er draußen stehen.
C Unser Tipp: Gut erhaltene Möbel müssen nicht auf den Sperrmüll. Die Gebrauchtwarenbörse auf unserer Internetseite und die Sozialkaufhäuser im Kreis freuen sich über Spenden.
C Kontakt und Servicezeiten
C! Telefon: 07371 9402-300
C E-Mail: sperrmuell@abfall-kreis-hohenstein.example
C! Montag bis Donnerstag 7:30 bis 16:00 Uhr
C! Freitag 7:30 bis 12:30 Uhr
C Wertstoffhof Buchenried
C! Dienstag und Donnerstag 13:00 bis 18:00 Uhr
C! Samstag 8:00 bis 13:00 Uhr
C Gebühren
C! Erste und zweite Abholung im Jahr: kostenlos
C! Jede weitere Abholung: 35,00 Euro
C! Expressabholung innerhalb von drei Werktagen: 60,00 Euro
C Die Gebühren werden mit dem nächsten Abfallgebührenbescheid abgerechnet. Eine Barzahlung bei der Abholung ist nicht möglich.
B War diese Seite hilfreich? Ja Nein
B Stand: Januar 2025
""")

# de 20: extracted theatre review
doc("de", "extracted", "article",
    "https://www.kulturspiegel-hohenfels.example/buehne/der-sturm-"
    "landestheater-premiere-kritik", """
B Von Clara Wendt, 24.11.2024
C Ein Sturm im Wasserglas, der trotzdem nass macht
C Das Landestheater Hohenfels eröffnet die Winterspielzeit mit Shakespeares „Der Sturm“. Regisseurin Ida Petersen verlegt die Zauberinsel in ein leergelaufenes Schwimmbad. Das klingt nach Regietheater, ist aber vor allem eines: erstaunlich berührend.
B Foto: Jens Albrecht/Landestheater
C Kacheln, so weit das Auge reicht. Die Bühnenbildnerin Lou Reinhold hat ein Hallenbad aus den Siebzigern nachgebaut, mit Startblöcken, Sprungturm und einer verrosteten Uhr, die immer auf fünf vor zwölf steht.
C Im leeren Becken haust Prospero mit seiner Tochter Miranda, ein abgehalfterter Bademeister, der sich für einen Zauberer hält.
C Matthias Korn spielt diesen Prospero als müden, oft komischen, manchmal erschreckend bitteren alten Mann. Wenn er mit der Trillerpfeife Stürme heraufbeschwört, lacht das Publikum.
C Wenn er später seine Macht aufgibt und die Pfeife ins Becken wirft, wird es sehr still im Saal.
C Ariel als Schwimmlehrerin
C Die stärkste Figur des Abends ist Ariel. Nele Brandstätter gibt den Luftgeist als Schwimmlehrerin im roten Badeanzug, die ständig durch die Gänge rennt, die Zuschauer anspricht und Prospero unverhohlen verachtet.
C Ihre Sehnsucht nach Freiheit ist in jeder Bewegung zu spüren.
C Weniger überzeugend gerät das Liebespaar. Miranda und Ferdinand bleiben blass, ihre Szenen am Beckenrand wirken wie aus einer anderen, braveren Inszenierung.
C Dass Petersen hier stark gekürzt hat, ist verständlich, nimmt den beiden aber jede Entwicklung.
C Musik aus dem Kassettenrekorder
C Großen Anteil am Gelingen hat die Musik. Der Hohenfelser Komponist Arvid Lange hat die Lieder der Inselgeister neu vertont, sie erklingen scheppernd aus einem alten Kassettenrekorder, den Caliban wie einen Schatz hütet.
C Caliban selbst, gespielt von Tomasz Nowicki, ist kein Monster, sondern ein Hausmeister, dem man das Schwimmbad weggenommen hat.
C So bekommt das Stück eine politische Schärfe, die nie aufdringlich wirkt. Wem gehört die Insel, wem das Bad, wer darf bestimmen, wer hier ins Wasser darf? Petersen stellt diese Fragen, ohne sie zu beantworten.
C Ein verdienter Premierenjubel
C Am Ende der knapp zweistündigen Aufführung ohne Pause gibt es langen Applaus, Bravorufe für Brandstätter und Korn und ein paar Buhs für das Regieteam, die schnell im Jubel untergehen.
C Nicht alles an diesem Abend gelingt, manche Idee wird zu oft wiederholt, manche Pointe zu lang ausgekostet. Aber selten hat man in Hohenfels einen Klassiker gesehen, der so genau von unserer Gegenwart erzählt, ohne sie ständig beim Namen zu nennen.
C Weitere Vorstellungen am 29. November, 6., 14. und 21. Dezember jeweils um 19.30 Uhr sowie am 8. Dezember um 16 Uhr. Karten zwischen 14 und 36 Euro an der Theaterkasse und online.
B Kultur-Newsletter: Jeden Donnerstag die wichtigsten Premieren, Konzerte und Ausstellungen der Woche.
B Clara Wendt ist Kulturredakteurin und schreibt vor allem über Theater und Tanz.
""", blank=True)

# de 21: extracted collection (board games), with affiliate markers
doc("de", "extracted", "collection",
    "https://www.spielbrett-journal.example/bestenlisten/spiele-fuer-"
    "zwei-personen", """
C Sieben Brettspiele für zwei, die zu zweit wirklich funktionieren
C Viele Spiele stehen mit „2 bis 4 Spieler“ auf der Schachtel, machen zu zweit aber kaum Spaß. Wir haben im Redaktionsteam und mit unseren Partnerinnen und Partnern gespielt und sieben Titel ausgewählt, die gerade mit zwei Personen glänzen.
B Transparenz: Die mit * markierten Links sind Affiliate-Links. Kaufen Sie darüber ein, erhalten wir eine kleine Provision.
C 1. Kontor am Fluss
C! 2 Personen · ab 10 Jahren · 30 Minuten
C Zwei Handelshäuser konkurrieren um Waren an einem mittelalterlichen Flusshafen. Jede Runde legt man Karten offen aus, und der Gegner entscheidet, welche Hälfte er nimmt. Einfache Regeln, fiese Entscheidungen.
B+ Preis prüfen*
C 2. Sternensegel
C! 2 Personen · ab 12 Jahren · 45 Minuten
C Ein taktisches Rennen durch ein Asteroidenfeld. Wer zu viel riskiert, verliert Segel, wer zu vorsichtig ist, wird überholt. Lebt von seinen Ausbauplättchen, die jede Partie anders machen.
C 3. Die Gärten von Aranya
C! 1 bis 2 Personen · ab 8 Jahren · 25 Minuten
C Ein ruhiges Legespiel, in dem man Beete aus Plättchen anlegt und Punkte für Farbgruppen sammelt. Ideal für Paare, die kein Konfliktspiel mögen. Funktioniert auch solo.
C 4. Abgrund
C! 2 Personen · ab 14 Jahren · 60 Minuten
C Das anspruchsvollste Spiel der Liste: ein asymmetrisches Duell zwischen einer Bergarbeiterstadt und den Wesen der Tiefe. Beide Seiten spielen sich völlig unterschiedlich, die erste Partie dauert deutlich länger als eine Stunde.
B+ Preis prüfen*
C 5. Wortwechsel
C! 2 Personen · ab 10 Jahren · 20 Minuten
C Ein Wortspiel, bei dem man gleichzeitig Begriffe auf ein gemeinsames Raster schreibt und dem anderen die Felder wegschnappt. Schnell erklärt, gut für zwischendurch, auch mit Kindern.
C 6. Zugspitze
C! 2 Personen · ab 10 Jahren · 40 Minuten
C Beide bauen eine Seilbahn auf den Gipfel und ringen um die besten Bauplätze. Der Clou: Was der eine baut, darf der andere mitbenutzen, gegen eine kleine Gebühr.
C 7. Tinte und Siegel
C! 2 Personen · ab 12 Jahren · 30 Minuten
C Zwei Schreiber am Hof eines Königs fälschen Urkunden und entlarven die Fälschungen des anderen. Ein Bluffspiel mit sehr wenig Material, das in jede Jackentasche passt.
C Unser Tipp für Einsteiger: Kontor am Fluss. Wer schon viel spielt und einen langen Abend vor sich hat, greift zu Abgrund.
B Mehr Bestenlisten: Die besten Kooperationsspiele, Familienspiele unter 30 Euro
""")

# de 22: extracted health article
doc("de", "extracted", "article",
    "https://www.gesundheit-kompakt.example/ratgeber/zecken-"
    "richtig-entfernen", """
C Zeckenstich: So entfernen Sie die Zecke richtig
C Sobald es draußen wärmer als etwa sieben Grad ist, werden Zecken aktiv. Ein Stich ist meist harmlos, kann aber Krankheiten übertragen. Worauf es beim Entfernen ankommt und wann Sie zum Arzt gehen sollten.
B Medizinisch geprüft von Dr. med. Sophie Arendt, Allgemeinmedizinerin
B Aktualisiert am 18.04.2025
C Zecken sitzen nicht auf Bäumen, wie oft behauptet wird, sondern im hohen Gras, im Gebüsch und im Unterholz. Von dort streifen Menschen und Tiere sie im Vorbeigehen ab.
C Anschließend krabbeln sie oft noch eine ganze Weile auf der Haut herum, bis sie eine warme, dünne Stelle finden: Kniekehlen, Leisten, Achseln oder bei Kindern häufig der Kopf und der Nacken.
C Je schneller, desto besser
C Je kürzer eine Zecke saugt, desto geringer ist das Risiko, dass sie Borrelien überträgt. Diese Bakterien sitzen im Darm der Zecke und gelangen erst nach einigen Stunden in die Wunde.
C Entfernen Sie eine Zecke deshalb so schnell wie möglich, am besten sofort nach dem Entdecken. Suchen Sie nach jedem Aufenthalt im Grünen den ganzen Körper gründlich ab.
C Schritt für Schritt
C! Zecke mit einer feinen Pinzette oder Zeckenkarte dicht über der Haut fassen.
C! Langsam und gerade herausziehen, nicht quetschen.
C! Die Einstichstelle desinfizieren.
C! Datum und Körperstelle notieren.
C Verzichten Sie auf Öl, Klebstoff oder Nagellack. Die Zecke kann dadurch mehr Speichel und damit mehr Erreger in die Wunde abgeben.
C Bleibt der Kopf stecken, ist das meist kein Problem. Der Körper stößt ihn nach einigen Tagen von selbst ab. Rötet sich die Stelle stark oder eitert sie, sollten Sie aber ärztlichen Rat einholen.
C Wann zum Arzt?
C Eine kleine Rötung direkt um den Stich ist normal und verschwindet nach wenigen Tagen. Anders ist es bei der sogenannten Wanderröte.
C Das ist eine ringförmige Rötung, die sich langsam ausbreitet und oft in der Mitte blasser wird. Sie tritt meist einige Tage bis Wochen nach dem Stich auf und ist ein typisches Zeichen für eine Borreliose.
C Dann sollten Sie zügig in die Hausarztpraxis gehen. Eine Borreliose lässt sich in diesem Stadium gut mit Antibiotika behandeln.
C Auch grippeähnliche Beschwerden wie Fieber, Kopf- und Gliederschmerzen in den Wochen nach einem Zeckenstich sollten Sie abklären lassen.
B Lesen Sie auch: Borreliose – Symptome, Verlauf und Behandlung
C Schutz durch Impfung
C Gegen FSME, eine durch Viren ausgelöste Hirnhautentzündung, gibt es eine Impfung. Empfohlen wird sie für Menschen, die in Risikogebieten leben oder dort Urlaub machen und sich viel in der Natur aufhalten.
C In Deutschland liegen die meisten Risikogebiete in Bayern und Baden-Württemberg. Gegen Borreliose gibt es dagegen bisher keine Impfung für Menschen.
C So beugen Sie vor
C Lange Hosen, deren Beine in die Socken gesteckt werden, und geschlossene Schuhe erschweren den Zecken den Weg zur Haut. Auf heller Kleidung erkennt man sie leichter.
C Insektenschutzmittel mit zeckenabweisender Wirkung helfen für einige Stunden, ersetzen aber nicht das gründliche Absuchen am Abend.
B Dieser Artikel dient der allgemeinen Information und ersetzt keine ärztliche Beratung oder Behandlung.
""")

# ----------------------------------------------------------------- French --

# fr 01: regional newspaper, local economy article, full page
doc("fr", "page", "article",
    "https://www.courrier-des-abers.example/bretagne/plouvenec/a-"
    "plouvenec-la-criee-retrouve-des-couleurs-6f2a91", """
B Aller au contenu principal
B Nous et nos partenaires utilisons des cookies pour mesurer l'audience, améliorer votre expérience et vous proposer des publicités adaptées à vos centres d'intérêt.
B Accepter et fermer
B Continuer sans accepter
B Personnaliser mes choix
B Le Courrier des Abers
B S'abonner : 1 € le premier mois
B Se connecter
B Actualités
B Brest
B Landerneau
B Lannilis
B Plouvenec
B Morlaix
B Sports
B Économie
B Faits divers
B Loisirs
B Nécrologie
B Annonces légales
B Météo marine
B Accueil > Bretagne > Plouvenec
C À Plouvenec, la criée retrouve des couleurs après deux années difficiles
C Les volumes débarqués ont progressé de 14 % l'an dernier. Un nouvel entrepôt frigorifique et l'arrivée de jeunes patrons pêcheurs redonnent de l'élan au petit port du Finistère nord.
B Par Claire Dubois, publié le 18 mars 2025 à 07h30, modifié à 09h12
B Lecture : 4 min
C Il est à peine cinq heures du matin et les néons de la halle à marée éclairent déjà les caisses de lieus jaunes, de soles et de raies. Autour des lots, une quinzaine d'acheteurs consultent leurs écrans : depuis 2019, la vente se fait au cadran électronique, et plusieurs mareyeurs enchérissent à distance depuis Concarneau ou Boulogne.
C « Il y a deux ans, on se demandait franchement si la criée allait passer l'hiver », reconnaît Yannick Le Gall, directeur de l'établissement géré par la chambre de commerce. Entre la flambée du prix du gazole et le départ à la retraite de plusieurs patrons, la flottille était tombée à onze bateaux.
C Un entrepôt pour garder la qualité
C La tendance s'est inversée en 2024. Avec 3 850 tonnes vendues, la criée a retrouvé son niveau d'avant la crise. Pour Yannick Le Gall, l'explication tient en partie dans le nouvel entrepôt frigorifique inauguré au printemps : « Les acheteurs savent que le poisson reste à bonne température du débarquement jusqu'au camion. Ça se paie, et ça se voit dans les prix. »
C Le prix moyen au kilo a progressé de 6 % sur l'année, avec des écarts importants selon les espèces. La sole, très demandée par la restauration, s'est vendue en moyenne à plus de 17 euros le kilo.
C Les chiffres clés de 2024
C! 3 850 tonnes de poisson vendues
C! 14 bateaux immatriculés au port
C! 62 acheteurs agréés, dont 21 à distance
C! 4,1 euros : le prix moyen au kilo
C De jeunes patrons qui s'installent
C Autre motif de satisfaction : trois jeunes patrons se sont installés à Plouvenec ces dix-huit derniers mois. Parmi eux, Maëlle Cariou, 29 ans, qui a racheté le fileyeur de son oncle. « J'ai grandi sur le quai. Quand il a parlé de vendre le bateau à un armement espagnol, je n'ai pas pu laisser faire. »
C Son installation a été facilitée par un prêt d'honneur de la région et par l'accompagnement du comité local des pêches. Elle reconnaît pourtant que les débuts sont rudes : « On part à trois heures, on rentre à dix-sept heures, et il faut encore réparer les filets. Mais je ne ferais rien d'autre. »
C Reste un sujet d'inquiétude : le dragage du chenal, envasé depuis les tempêtes de l'hiver. À marée basse, les plus gros bateaux ne peuvent plus rentrer. Les travaux, estimés à 1,2 million d'euros, doivent être votés par le département en juin.
B Partager sur Facebook
B Partager sur X
B Envoyer par e-mail
B Copier le lien
B À lire aussi
B Lannilis : le marché du samedi déménage place de l'Église
B Pêche à pied : les gisements de coques rouverts à partir d'avril
B Brest : le salon nautique attend 40 000 visiteurs
B La newsletter du Courrier : chaque matin à 7 heures, l'essentiel de l'actualité du pays des Abers dans votre boîte mail.
B Je m'inscris
B Commentaires
B Réagir à cet article
B Les commentaires sont soumis à modération et doivent respecter notre charte.
B Qui sommes-nous ?
B Nous contacter
B Publicité
B Mentions légales
B Politique de confidentialité
B Gérer les cookies
B Plan du site
B © Le Courrier des Abers 2025 – Tous droits réservés
""")

# fr 02: DIY forum thread
doc("fr", "page", "forum",
    "https://www.forum-bricoleurs-malins.example/maconnerie/"
    "salpetre-mur-de-cave-enduit-chaux-t48112.html", """
B Forum des Bricoleurs Malins
B Accueil
B Forums
B Nouveaux messages
B Rechercher
B Membres
B Aide
B Connexion
B Inscription
B Bricoleurs Malins › Gros œuvre › Maçonnerie et enduits
C Salpêtre sur mur de cave : enduit à la chaux ou cuvelage ?
B Répondre
B Suivre la discussion
B Page 1 sur 2
N Gribouille56
N Membre depuis 2019 · 312 messages
N 4 février 2025 à 20:18
C Bonsoir à tous,
C Nous venons d'acheter une maison de 1930 avec une cave semi-enterrée. Sur le mur côté rue, il y a du salpêtre sur environ un mètre de hauteur, l'enduit ciment s'effrite et il y a une odeur de moisi. Le mur est en moellons de granit.
C Un artisan nous a proposé un cuvelage avec enduit hydrofuge pour 4 800 €. Un autre nous dit qu'il faut au contraire tout piquer et refaire à la chaux pour laisser respirer le mur. Qui croire ? Merci d'avance pour vos avis.
B Citer
B Signaler
N Pierre_du_bâti
N Membre depuis 2014 · 5 027 messages
N 4 février 2025 à 21:02
C Sur un mur ancien en pierre, le ciment est presque toujours une erreur. Il bloque l'humidité dans le mur, et elle ressort là où elle peut, c'est-à-dire en bas, avec le salpêtre. Le deuxième artisan a raison sur le principe.
C Le cuvelage, c'est pour une cave où l'eau entre vraiment sous pression, genre nappe phréatique. Si vous avez seulement de l'humidité qui remonte, ce serait de l'argent mal dépensé.
B Citer
B Signaler
N Gribouille56
N 4 février 2025 à 21:40
C Merci Pierre. Il n'y a jamais d'eau qui coule, juste des murs humides au toucher en hiver. Donc on pique tout ?
N Pierre_du_bâti
N 5 février 2025 à 08:15
C Oui, en gros :
C! piquer l'enduit ciment jusqu'à la pierre
C! brosser et laisser sécher quelques semaines
C! gobetis puis corps d'enduit à la chaux naturelle
C! surtout pas de peinture étanche par-dessus
C Et regardez côté extérieur : si le trottoir ou une dalle béton est collé au mur, l'eau de pluie s'infiltre au pied. Un petit drain ou un simple caniveau peut changer beaucoup de choses.
B Citer
B Signaler
N Lulu_rénove
N 5 février 2025 à 12:47
C On a fait exactement ça dans notre cave il y a trois ans. Le mur met une bonne année à se stabiliser, le salpêtre ressort encore un peu au début, il faut juste le brosser à sec. Aujourd'hui c'est sain et on y stocke même nos pommes.
C Pensez aussi à ventiler : on a ajouté deux grilles hautes et basses, ça a beaucoup aidé.
B Citer
B Signaler
N Gribouille56
N 5 février 2025 à 18:30
C Super, merci à vous deux, c'est beaucoup plus clair. On va faire le piquage nous-mêmes ce week-end et je posterai des photos de l'état des pierres. Et merci pour l'idée du drain côté rue, je n'y avais pas du tout pensé.
B Citer
B Signaler
B Page suivante
B Discussions similaires
B Enduit chaux extérieur : quel dosage de sable ?
B Mérule dans une cave : comment la reconnaître
B VMI ou VMC dans une maison ancienne ?
B Catégories
B Plomberie et sanitaire
B Électricité
B Menuiserie
B Jardin et extérieur
B Qui est en ligne
B Utilisateurs parcourant ce forum : 3 membres et 41 invités
B Règlement du forum
B Foire aux questions
B Supprimer les cookies du forum
B Contact
B Mentions légales
B Données personnelles
B Propulsé par un logiciel de forum libre
""")

# fr 03: tea shop product page
doc("fr", "page", "product",
    "https://www.maison-tisaniere.example/theieres/fonte/theiere-"
    "fonte-kyoto-0-8-l-noire", """
B Livraison offerte dès 45 € d'achat en France métropolitaine
B Maison Tisanière
B Rechercher un thé, une infusion, un accessoire…
B Mon compte
B Mes favoris
B Panier
B Thés verts
B Thés noirs
B Oolongs
B Matcha
B Thés parfumés
B Infusions
B Rooibos
B Théières
B Accessoires
B Coffrets cadeaux
B Nos boutiques
B Accueil › Théières › Théières en fonte
C Théière en fonte Kyoto 0,8 L, noire
N ★★★★★ 4,8/5 · 56 avis
C 64,90 € TTC
C! En stock, expédiée sous 24 h ouvrées
B Quantité
B Ajouter au panier
B Ajouter à mes favoris
C Description
C Fabriquée dans une fonderie artisanale, notre théière Kyoto garde longtemps la chaleur et convient aussi bien aux thés verts japonais qu'aux thés noirs et aux infusions. Son intérieur est émaillé : il ne rouille pas et ne garde pas le goût du thé précédent.
C Elle est livrée avec un filtre amovible en inox à mailles fines, assez grand pour laisser les feuilles se déployer. Le couvercle s'emboîte sans jeu, et l'anse repliable facilite le rangement.
C Sa capacité de 0,8 litre correspond à trois ou quatre tasses, idéal pour un petit-déjeuner à deux ou une pause entre collègues.
C Caractéristiques
C! Capacité : 0,8 litre
C! Matière : fonte émaillée à l'intérieur
C! Filtre : inox, amovible
C! Poids : 1,4 kg
C! Dimensions : 16 x 13 x 11 cm
C! Compatible : gaz, électrique, vitrocéramique
C Non compatible avec les plaques à induction et le lave-vaisselle.
C Conseils d'entretien
C Rincez la théière à l'eau chaude après chaque utilisation, sans produit vaisselle, puis séchez-la soigneusement, couvercle ouvert. Ne laissez jamais d'eau stagner dans la théière. Une fine couche de thé se dépose avec le temps à l'intérieur : c'est normal et cela ne se nettoie pas.
C Ne posez pas la théière vide sur une source de chaleur et évitez les chocs thermiques, par exemple en versant de l'eau froide dans une théière encore brûlante.
B Livraison et retours
B Paiement sécurisé
N Avis clients
N Hélène M., le 12/01/2025
N Très belle pièce, lourde et bien finie. Le thé reste chaud pendant au moins une demi-heure.
N Jean-Baptiste, le 03/12/2024
N Le filtre est un peu juste pour les grandes feuilles de oolong, sinon parfaite.
B Voir tous les avis
B Vous aimerez aussi
B Tasses en fonte Kyoto, lot de 2
B Réchaud en fonte pour théière
B Sencha Asamushi bio, 100 g
B Le service client
B Une question sur une commande ? Notre équipe vous répond du lundi au vendredi de 9 h à 17 h au 02 41 00 00 00 (prix d'un appel local).
B Informations
B Conditions générales de vente
B Mentions légales
B Livraison
B Retours et remboursements
B Programme de fidélité
B Carte cadeau
B Recrutement
B Plan du site
B Nous suivre sur Instagram
B Depuis 1998, Maison Tisanière sélectionne ses thés directement auprès de petits producteurs et les conditionne dans son atelier d'Angers.
B © 2025 Maison Tisanière SAS
""", blank=True)

# fr 04: town hall, school canteen registration
doc("fr", "page", "service",
    "https://www.saint-aubin-des-pres.example/vivre-a-saint-aubin/"
    "enfance-jeunesse/restauration-scolaire-et-periscolaire", """
B Aller au menu
B Aller au contenu
B Aller à la recherche
B Contraste renforcé
B Taille du texte
B Mairie de Saint-Aubin-des-Prés
B Ma mairie
B Vivre à Saint-Aubin
B Enfance et jeunesse
B Culture et loisirs
B Associations
B Urbanisme
B Démarches en ligne
B Agenda
B Rechercher sur le site
B Accueil
B Vivre à Saint-Aubin
B Enfance et jeunesse
C Restauration scolaire et accueil périscolaire : inscriptions pour l'année 2025-2026
C Les inscriptions à la cantine, à la garderie du matin et du soir et à l'accueil du mercredi sont ouvertes du 2 mai au 20 juin 2025. Elles se font sur le Portail Famille. Une inscription est nécessaire chaque année, même si votre enfant fréquentait déjà les services l'an dernier.
C Qui peut s'inscrire ?
C Tous les enfants scolarisés à l'école maternelle des Tilleuls et à l'école élémentaire Jules-Ferry. Les enfants domiciliés hors de la commune sont accueillis dans la limite des places disponibles.
C Les pièces à fournir
C! l'attestation de quotient familial de la CAF
C! le carnet de santé, pages des vaccinations
C! une attestation d'assurance responsabilité civile
C le cas échéant, le projet d'accueil individualisé (PAI) pour les enfants allergiques
C Les tarifs de la cantine
C Le prix du repas dépend du quotient familial. Il comprend le repas et l'encadrement pendant la pause méridienne.
C! Quotient inférieur à 600 € : 1,00 € le repas
C! Quotient de 601 à 1 000 € : 2,60 € le repas
C! Quotient de 1 001 à 1 500 € : 3,70 € le repas
C! Quotient supérieur à 1 500 € : 4,40 € le repas
C Sans justificatif de quotient, le tarif le plus élevé est appliqué.
C Les menus
C Les repas sont préparés chaque matin dans la cuisine de l'école élémentaire par l'équipe municipale. Au moins la moitié des produits sont issus de l'agriculture biologique ou de producteurs situés à moins de cent kilomètres. Un menu végétarien est proposé une fois par semaine, et un repas de substitution peut être servi sur demande.
C Les menus du mois sont affichés à l'entrée des écoles et publiés sur le Portail Famille.
C Garderie et mercredis
C! Garderie du matin : de 7 h 30 à 8 h 35
C! Garderie du soir : de 16 h 30 à 18 h 45
C! Accueil du mercredi : de 7 h 30 à 18 h 30
C Les enfants qui restent à la garderie du soir reçoivent un goûter. Le mercredi, il est possible d'inscrire son enfant à la journée ou à la demi-journée, avec ou sans repas.
C Accueil du public
C Service enfance, rez-de-chaussée de la mairie
C! Lundi, mardi et jeudi de 8 h 30 à 12 h
C! Mercredi de 8 h 30 à 12 h et de 14 h à 17 h 30
C! Téléphone : 02 47 00 00 15
B Accéder au Portail Famille
B Télécharger le règlement intérieur (PDF, 320 Ko)
B Partager cette page
B Imprimer
B Sur le même thème
B Transport scolaire
B Relais petite enfance
B Conseil municipal des jeunes
B Mairie de Saint-Aubin-des-Prés
B 1 place de la Mairie
B 37290 Saint-Aubin-des-Prés
B Du lundi au vendredi de 8 h 30 à 12 h, le mercredi après-midi de 14 h à 17 h 30
B Nous écrire
B Plan d'accès
B Mentions légales
B Accessibilité : partiellement conforme
B Données personnelles
B Gestion des cookies
B Plan du site
B Offres d'emploi
B Espace presse
B Bulletin municipal
B Suivez-nous sur Facebook
B Haut de page
""")

# fr 05: property listings, apartments to rent
doc("fr", "page", "listing",
    "https://www.rhone-immo-annonces.example/location/appartement/"
    "lyon-7e/", """
B Rhône Immo Annonces
B Acheter
B Louer
B Vendre
B Estimer mon bien
B Neuf
B Agences
B Mes alertes
B Mon espace
B Déposer une annonce
B Type de bien : Appartement
B Budget max
B Pièces
B Surface min
B Modifier ma recherche
B Créer une alerte
C Location appartement Lyon 7e : 23 annonces
B Trier par : les plus récentes
C! T2 de 48 m² avec balcon, quartier Jean-Macé
C! 820 € charges comprises par mois
C Au troisième étage avec ascenseur d'un immeuble des années 1970 entièrement rénové, beau deux-pièces traversant. Séjour lumineux ouvert sur une cuisine équipée, chambre sur cour calme, salle d'eau avec fenêtre. Cave. DPE classe D.
C! Agence Garibaldi Immobilier · réf. GI-2231
N Il y a 2 jours
B Contacter l'agence
B Voir le numéro
C! Studio meublé de 24 m² près de Saxe-Gambetta
C! 590 € charges comprises par mois
C Idéal étudiant ou jeune actif : studio au premier étage sur rue, entièrement meublé et équipé (lit double, plaques, réfrigérateur, lave-linge). Métro à deux minutes. Disponible le 1er septembre.
C! Particulier · réf. 884 120
N Il y a 3 jours
B Contacter l'agence
B Voir le numéro
C! T3 de 67 m² avec terrasse, Gerland
C! 1 150 € charges comprises par mois
C Dans une résidence récente avec gardien, appartement de trois pièces au cinquième et dernier étage. Terrasse de 14 m² exposée sud-ouest, deux chambres avec placards, parking en sous-sol. DPE classe B.
C! Agence du Parc · réf. AP-0917
N Il y a 5 jours
B Contacter l'agence
B Voir le numéro
C! T4 familial de 84 m² près du parc Blandan
C! 1 390 € charges comprises par mois
C Grand appartement dans un immeuble ancien en pierre, parquet et moulures, trois chambres, cuisine indépendante. Proche des écoles et du tramway. Chauffage collectif. DPE classe E.
C! Lyon Sud Gestion · réf. LSG-4410
N Il y a 1 semaine
B Contacter l'agence
B Voir le numéro
C! T1 bis de 32 m² rue de Marseille
C! 680 € charges comprises par mois
C Appartement lumineux au deuxième étage, coin nuit séparé par une verrière, douche à l'italienne. Pas d'ascenseur. Commerces et universités à proximité.
C! Agence Garibaldi Immobilier · réf. GI-2245
N Il y a 1 semaine
B Contacter l'agence
B Voir le numéro
B 1
B 2
B 3
B 4
B 5
B Suivant
B Les prix affichés sont les loyers charges comprises. Les honoraires de location sont à la charge du locataire dans la limite du plafond légal.
B Annonces similaires dans les arrondissements voisins
B Location appartement Lyon 3e
B Location appartement Lyon 8e
B Location appartement Villeurbanne
B Qui sommes-nous
B Nos engagements
B Professionnels de l'immobilier
B Aide et contact
B Conditions générales d'utilisation
B Mentions légales
B Vie privée et cookies
B © 2025 Rhône Immo Annonces
""")

# fr 06: food blog recipe with comments
doc("fr", "page", "article",
    "https://www.les-carnets-de-camille.example/recettes/tarte-fine-"
    "poireaux-chevre-miel/", """
B Les carnets de Camille
B Cuisine de saison et petits plats du quotidien
B Accueil
B Recettes
B Entrées
B Plats
B Desserts
B Bases
B Carnet de voyage
B À propos
B Contact
B Recherche…
C Tarte fine aux poireaux, chèvre et miel
B Par Camille, le 8 octobre 2024
B 23 commentaires
B Aller à la recette
C Il y a des recettes qu'on fait sans y penser, presque les yeux fermés. Celle-ci en fait partie. Quand les premiers poireaux arrivent au marché, je ressors ma pâte feuilletée et je prépare cette tarte fine au moins une fois par semaine.
C Le secret, c'est de faire fondre les poireaux très doucement, avec une noisette de beurre et un fond d'eau, jusqu'à ce qu'ils deviennent presque confits. Le chèvre apporte du caractère, le miel une petite touche sucrée qui adoucit le tout.
C On la sert avec une salade verte pour un dîner rapide, ou découpée en petits carrés à l'apéritif. Elle se réchauffe très bien au four, jamais au micro-ondes, sinon la pâte ramollit.
C Quelle pâte choisir ?
C Une pâte feuilletée pur beurre donne le meilleur résultat, bien dorée et croustillante. Si vous avez le temps, une pâte brisée maison fonctionne aussi, mais il faudra la précuire dix minutes à blanc pour éviter qu'elle ne détrempe sous les poireaux.
C La recette
C! Préparation : 20 minutes
C! Cuisson : 35 minutes
C! Pour 4 personnes
C Ingrédients
C! 1 pâte feuilletée pur beurre
C! 3 poireaux moyens
C! 1 bûche de chèvre de 150 g
C! 2 cuillères à soupe de miel liquide
C! 20 g de beurre
C! quelques brins de thym frais
C sel, poivre
C Étapes
C Préchauffez le four à 200 °C. Coupez le vert des poireaux, fendez les blancs en deux, lavez-les soigneusement puis émincez-les finement.
C Faites fondre le beurre dans une sauteuse, ajoutez les poireaux, salez, couvrez et laissez cuire à feu doux pendant vingt minutes en remuant de temps en temps. Ajoutez un peu d'eau s'ils attachent.
C Déroulez la pâte sur une plaque recouverte de papier cuisson et piquez-la à la fourchette en laissant une bordure de deux centimètres.
C Étalez les poireaux sur la pâte, disposez les rondelles de chèvre par-dessus, parsemez de thym et poivrez. Enfournez pour 15 minutes.
C À la sortie du four, arrosez de miel en filet et servez aussitôt.
C Astuce : pour une version plus gourmande, ajoutez quelques cerneaux de noix concassés avant d'enfourner.
B Imprimer la recette
B Épingler sur Pinterest
B Partager sur Facebook
B Vous aimerez aussi
B Quiche sans pâte aux courgettes
B Velouté de potimarron à la châtaigne
B Galettes de sarrasin complètes
B 23 commentaires
N Sandrine
N 9 octobre 2024 à 19 h 12
N Faite ce soir avec un reste de roquefort à la place du chèvre, un régal !
B Répondre
N Marc
N 10 octobre 2024 à 12 h 40
N Est-ce qu'on peut préparer les poireaux la veille ?
B Répondre
N Camille
N 10 octobre 2024 à 18 h 05
N Oui Marc, sans problème, ils se gardent deux jours au frais.
B Répondre
B Laisser un commentaire
B Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *
B Moi, c'est Camille, cuisinière amateure installée près de Tours. Ici, je partage les recettes simples et de saison qui nourrissent ma famille depuis des années.
B Abonnez-vous pour recevoir les nouvelles recettes par e-mail.
B Catégories
B Cuisine végétarienne
B Recettes de fêtes
B Pique-nique
B Goûter des enfants
B Les plus lues
B Le gâteau au yaourt de ma grand-mère
B Poulet rôti au citron et aux herbes
B Pâte à crêpes sans repos
B Mentions légales
B Politique de confidentialité
B © 2024 Les carnets de Camille
""")

# fr 07: extracted science article (bats, acoustic monitoring)
doc("fr", "extracted", "article",
    "https://www.sciences-en-region.example/biodiversite/jura-chauves-"
    "souris-ecoute-acoustique", """
C Dans le Jura, des micros pour compter les chauves-souris
C Depuis trois étés, des bénévoles et des chercheurs installent des enregistreurs automatiques dans les forêts du massif. Les premiers résultats confirment le déclin de certaines espèces, mais révèlent aussi quelques bonnes surprises.
B Par Julien Morel
B Publié le 12 septembre 2024
C Ce sont de petits boîtiers gris, pas plus grands qu'un paquet de cigarettes, fixés à deux mètres de hauteur sur le tronc d'un hêtre. Chaque soir, au coucher du soleil, ils se mettent en route et enregistrent pendant toute la nuit les ultrasons émis par les chauves-souris en chasse.
C Le matin, les fichiers sont analysés par un logiciel qui reconnaît l'espèce à partir de la forme et de la fréquence des cris. Les cas douteux sont vérifiés à l'oreille, en ralentissant les sons, par les spécialistes du réseau.
C « Sans ces appareils, on serait incapables de suivre des espèces aussi discrètes à l'échelle de tout un massif », explique Élodie Vuillemin, chiroptérologue au laboratoire de biologie de l'université de Besançon, qui coordonne le programme.
C Plus de 400 points d'écoute
C Depuis 2022, plus de 400 points d'écoute ont été suivis, de la vallée du Doubs jusqu'aux crêtes du Haut-Jura. Les enregistreurs ont capté plus de deux millions de séquences, attribuées à vingt-deux espèces différentes.
C L'exercice repose largement sur des bénévoles. Randonneurs, forestiers, enseignants ou retraités empruntent un boîtier pour une semaine, le posent à l'endroit indiqué sur une carte puis le rapportent au laboratoire. Plus de 150 personnes ont participé cette année.
C Des tendances contrastées
C Les données confirment le recul de la noctule commune, une grande espèce qui chasse en plein ciel et gîte dans les cavités des vieux arbres. Son activité a baissé de près d'un tiers en trois ans sur les points suivis chaque année.
C Pour les chercheurs, plusieurs causes se combinent : la disparition des arbres creux lors des coupes, les éoliennes installées sur les crêtes voisines, et la raréfaction des gros insectes volants.
C À l'inverse, la barbastelle d'Europe, une espèce rare et très liée aux forêts anciennes, a été entendue sur bien plus de sites qu'attendu. « On la pensait cantonnée à quelques vallées. Elle est en réalité présente presque partout où il reste du bois mort sur pied », se réjouit Élodie Vuillemin.
C Ce que les chercheurs recommandent
C! conserver des arbres à cavités lors des coupes
C! laisser du bois mort sur pied en forêt
C! limiter l'éclairage nocturne près des lisières
C! arrêter les éoliennes par nuits chaudes et sans vent
C Ces mesures sont déjà appliquées dans certaines forêts communales du secteur. L'Office national des forêts a engagé des discussions pour les étendre aux forêts domaniales du massif.
C Le programme doit se poursuivre au moins jusqu'en 2027. Les personnes qui souhaitent prêter main-forte peuvent se signaler auprès du laboratoire avant le mois de mai pour la prochaine saison.
B À lire aussi : Les hirondelles de fenêtre, un recensement participatif dans toute la région
B Recevez chaque vendredi notre lettre d'information « Sciences en région ». Inscription gratuite.
""")

# fr 08: extracted sports report (rugby), blank lines between blocks
doc("fr", "extracted", "article",
    "https://www.ovalie-sud-ouest.example/federale-1/castelnau-"
    "arrache-le-derby-face-a-saint-girons", """
C Fédérale 1 : Castelnau arrache le derby face à Saint-Girons (19-16)
B Par Thomas Lacoste · 2 février 2025 à 18h47 · 3 min de lecture
C Il aura fallu attendre la dernière action du match pour voir les Castelnaudais exulter. Dans un stade Marcel-Fabre plein comme un œuf, l'ouvreur Hugo Sarrat a passé la pénalité de la victoire à la 80e minute, face aux perches et sous les sifflets des supporters ariégeois.
C Le scénario avait pourtant longtemps souri aux visiteurs. Plus conquérants en mêlée, les Saint-Gironnais avaient ouvert le score dès la 6e minute par leur pilier Mathieu Ribes, au terme d'un long travail des avants près de la ligne.
C À la pause, Saint-Girons menait 10-6, et Castelnau semblait incapable de sortir de son camp tant le jeu au pied adverse était précis.
B+ Publicité
C Un essai de trois-quarts pour relancer le match
C Au retour des vestiaires, l'entraîneur castelnaudais Pascal Dutour a fait entrer deux piliers frais et son demi de mêlée titulaire, ménagé en début de rencontre.
C Les effets ont été immédiats. À la 52e minute, après une touche gagnée à cinq mètres, le ballon est écarté côté fermé et l'ailier Kévin Baylac, d'un crochet intérieur, s'en va aplatir entre les poteaux. Transformation réussie, 13-10.
C « On savait qu'en mettant de la vitesse, on finirait par trouver des espaces », a commenté Pascal Dutour après la rencontre. « Mes joueurs ont montré beaucoup de caractère. Ce n'était pas beau, mais un derby, ça se gagne, ça ne se joue pas. »
C Saint-Girons a su répliquer par deux pénalités de son buteur Adrien Caujolle, dont une de près de cinquante mètres, pour reprendre l'avantage à quelques minutes de la fin.
C Une dernière pénalité sans trembler
C Mais sur le dernier ballon, un en-avant volontaire d'un trois-quarts ariégeois a offert à Castelnau une ultime pénalité. Hugo Sarrat, jusque-là peu en réussite avec deux échecs, ne s'est pas fait prier.
C Avec cette victoire, Castelnau remonte à la quatrième place de la poule, à égalité de points avec Lannemezan. Saint-Girons, qui empoche tout de même le bonus défensif, reste sixième.
C La fiche du match
C! Castelnau : 1 essai, 1 transformation, 4 pénalités
C! Saint-Girons : 1 essai, 1 transformation, 3 pénalités
C! Arbitre : M. Laurent Bessière (comité Armagnac-Bigorre)
C! Spectateurs : environ 2 300
C Prochaine journée : Castelnau se déplace à Lannemezan dimanche 9 février, tandis que Saint-Girons reçoit le leader tarbais.
B Retrouvez tous les résultats et classements de Fédérale 1 dans notre rubrique Rugby amateur.
""", blank=True)

# fr 09: extracted documentation, configuration reference
doc("fr", "extracted", "documentation",
    "https://doc.passerelle-proxy.example/fr/stable/reference/"
    "configuration.html", r"""
C Référence de la configuration
C passerelle lit sa configuration dans un fichier YAML, par défaut /etc/passerelle/passerelle.yaml. Un autre chemin peut être indiqué avec l'option --config. Toute modification nécessite un rechargement : passerellectl reload.
B Temps de lecture : 5 minutes
C Section ecoute
C! adresse (chaîne) : adresse IP et port d'écoute. Par défaut 0.0.0.0:8080.
C! tls (booléen) : active le chiffrement TLS. Par défaut false.
C! certificat (chemin) : fichier du certificat au format PEM, obligatoire si tls vaut true.
C! cle (chemin) : fichier de la clé privée correspondante.
C Section amont
C Chaque entrée de la liste amont décrit un serveur vers lequel passerelle transmet les requêtes.
C! nom (chaîne) : identifiant libre, utilisé dans les journaux.
C! url (chaîne) : adresse du serveur, par exemple http://10.0.0.12:3000.
C! poids (entier) : part relative du trafic. Par défaut 1.
C! delai_max (durée) : délai d'attente d'une réponse, par exemple 30s. Par défaut 60s.
C Exemple
C ecoute:
C adresse: 0.0.0.0:443
C tls: true
C certificat: /etc/passerelle/certs/site.pem
C cle: /etc/passerelle/certs/site.key
C amont:
C - nom: app-1
C url: http://10.0.0.12:3000
C poids: 2
C - nom: app-2
C url: http://10.0.0.13:3000
C Dans cet exemple, app-1 reçoit deux fois plus de requêtes que app-2.
C Durées et tailles
C Les durées s'écrivent avec une unité : ms, s, m ou h. Les tailles acceptent les suffixes K, M et G, en puissances de 1024. Une valeur sans unité provoque une erreur au démarrage, afin d'éviter toute ambiguïté.
C Vérifier la configuration
C La commande passerelle --verifier analyse le fichier, signale les clés inconnues et les valeurs invalides, puis s'arrête sans démarrer le service. Elle renvoie le code 0 si tout est correct et 2 sinon.
C Attention : depuis la version 3.0, la clé timeout a été renommée delai_max. L'ancienne clé est encore acceptée mais produit un avertissement dans les journaux.
B Cette page vous a-t-elle été utile ?
B Modifier cette page sur la forge
B Précédent : Installation – Suivant : Journalisation
""")

# fr 10: extracted collection, autumn novels
doc("fr", "extracted", "collection",
    "https://www.lettres-et-lecteurs.example/selections/rentree-"
    "litteraire-huit-romans", """
C Rentrée littéraire : huit romans à ne pas manquer
C Parmi les centaines de titres parus depuis la fin de l'été, notre rédaction en a retenu huit. Des premiers romans, des retours attendus, et quelques livres plus discrets qui méritent qu'on s'y arrête.
B Par la rédaction · Mis à jour le 2 octobre 2024
C La Maison aux volets bleus, de Sophie Arnal
C! Éditions du Fleuve Gris, 288 pages, 21 €
C Trois sœurs se retrouvent dans la maison familiale des Cévennes pour la vider avant sa vente. Un roman tendre et cruel sur l'héritage et les secrets, porté par des dialogues d'une grande justesse.
C Ligne de flottaison, de Karim Benali
C! Éditions Sillage, 352 pages, 22,50 €
C Un docker du port du Havre raconte trente ans de luttes, d'amitiés et de containers. Le premier roman d'un ancien syndicaliste, écrit dans une langue ample et souvent drôle.
C L'Hiver des abeilles, d'Anne-Laure Pichon
C! Éditions du Fleuve Gris, 240 pages, 19 €
C Une apicultrice du Morvan voit ses ruches mourir une à une et mène l'enquête. Entre roman noir et récit rural, un livre qui ne lâche pas son lecteur.
C Les Heures creuses, de Mathias Royer
C! Éditions Paupière, 198 pages, 18 €
C Un veilleur de nuit dans un hôtel de gare observe les clients qui passent. Un texte court et mélancolique, construit comme une suite de portraits.
C Nous étions des rivières, de Fanny Ledoux
C! Éditions Sillage, 416 pages, 23,90 €
C La grande fresque de cette rentrée : quatre générations de femmes au bord de la Loire, de 1910 à nos jours. Ambitieux, parfois trop long, mais habité.
C Le Dernier Quai, de Yann Tessier
C! Éditions Boréales, 264 pages, 20 €
C Un polar portuaire sobre et tendu, dans un Saint-Nazaire balayé par le vent, où un inspecteur à quelques mois de la retraite rouvre une vieille affaire de disparition.
C Sous la cendre, de Léa Marchetti
C! Éditions Paupière, 230 pages, 19,50 €
C En Corse, après un incendie, une jeune pompière volontaire doit témoigner contre un homme de son village. Un roman sur la loyauté et le silence, d'une grande force.
C Quelqu'un t'attend, de Bastien Koenig
C! Éditions Boréales, 312 pages, 21,50 €
C Un père et son fils adolescent traversent l'Europe en train de nuit pour rejoindre une mère partie sans prévenir. Le livre le plus lumineux de notre sélection.
B Acheter ces livres chez votre libraire indépendant : retrouvez la librairie la plus proche sur notre carte.
B Voir aussi : Nos essais de la rentrée, Les meilleures bandes dessinées de l'automne
""")

# ---------------------------------------------------------------- Spanish --

# es 01: local newspaper, full page
doc("es", "page", "article",
    "https://www.diariodelaribera.example/comarca/benifalla/la-"
    "biblioteca-de-benifalla-abrira-por-las-tardes-en-verano", """
B Saltar al contenido
B Utilizamos cookies propias y de terceros para analizar el tráfico y mostrarte publicidad relacionada con tus preferencias. Puedes aceptarlas, rechazarlas o configurarlas.
B Aceptar todas
B Rechazar
B Configurar
B Diario de la Ribera
B Martes, 12 de mayo de 2024
B Alzira 24 °C
B Suscríbete
B Iniciar sesión
B Comarca
B Alzira
B Carcaixent
B Benifallà
B Sueca
B Economía
B Campo
B Deportes
B Cultura
B Sucesos
B Opinión
B Hemeroteca
B Esquelas
B Comarca › Benifallà
C La biblioteca de Benifallà abrirá por las tardes durante todo el verano
C El Ayuntamiento amplía el horario tras las quejas de estudiantes y familias, que denunciaban que el edificio cerraba justo cuando más se necesitaba.
B Por Lucía Ortega · 12/05/2024
C A partir del 1 de junio, la biblioteca municipal de Benifallà dejará de cerrar sus puertas a las dos de la tarde en los meses de verano. El pleno aprobó el lunes por unanimidad una modificación del presupuesto que permitirá contratar a una auxiliar de biblioteca a media jornada entre junio y septiembre.
C Hasta ahora, el edificio de la plaza del Mercado solo abría por las mañanas en julio y agosto, una decisión que se tomó hace más de una década para ahorrar en personal y en aire acondicionado. «Era absurdo: los chavales que preparan la selectividad o las recuperaciones de septiembre no tenían dónde estudiar por la tarde», explica la concejala de Cultura, Amparo Ferrer.
C Una recogida de firmas
C La medida llega después de que un grupo de estudiantes universitarios reuniera el invierno pasado más de 600 firmas. Muchos de ellos estudian en Valencia durante el curso y vuelven al pueblo en verano, donde, aseguran, en casa hace demasiado calor para concentrarse.
C «No pedíamos nada extraordinario, solo poder usar la biblioteca como cualquier otro mes del año», resume Nerea Climent, estudiante de Enfermería y una de las impulsoras de la iniciativa. La joven celebró la decisión, aunque lamenta que haya llegado «después de tres veranos reclamándolo».
C Nuevo horario de verano
C! De lunes a viernes, de 9.00 a 14.00 y de 16.30 a 20.30
C! Sábados, de 10.00 a 13.00
C! Cerrado del 12 al 18 de agosto por las fiestas patronales
C Además del horario, la biblioteca estrenará en junio una sala de estudio silenciosa con 24 puestos, enchufes en todas las mesas y conexión wifi mejorada. Los puestos no se podrán reservar: se ocuparán por orden de llegada.
C El coste total de la ampliación ronda los 9.000 euros, según los cálculos del departamento de Intervención. La alcaldesa, Rosa Martí, defendió el gasto: «Invertir en que nuestros jóvenes estudien aquí, en su pueblo, es invertir en que quieran quedarse».
C Actividades para los más pequeños
C La biblioteca aprovechará también las tardes para programar actividades infantiles. Cada miércoles habrá cuentacuentos a las 18.00 y los viernes un taller de cómic para niños de 8 a 12 años, ambos gratuitos pero con inscripción previa en el mostrador.
B Compartir en Facebook
B Compartir en X
B Compartir en WhatsApp
B Enviar por correo
B Te puede interesar
B Las obras del puente de Sueca obligarán a cortar la CV-510 durante dos semanas
B Los agricultores de la Ribera alertan de la falta de agua para el arroz
B El Alzira suma su tercera victoria seguida en Tercera RFEF
B Recibe cada mañana las noticias de tu comarca en tu correo. Es gratis.
B Apúntate
B Quiénes somos
B Contacto
B Publicidad
B Aviso legal
B Política de privacidad
B Política de cookies
B © Diario de la Ribera. Todos los derechos reservados.
""")

# es 02: online shop product page (moka pot)
doc("es", "page", "product",
    "https://www.laalacena-online.example/menaje/cafeteras/cafetera-"
    "italiana-inox-6-tazas", """
B Envío gratis en pedidos superiores a 50 € · Devoluciones en 30 días
B La Alacena
B Buscar productos
B Mi cuenta
B Lista de deseos
B Carrito (0)
B Menaje
B Cocina
B Mesa
B Electrodomésticos
B Despensa
B Textil hogar
B Regalos
B Ofertas
B Novedades
B Inicio / Menaje / Cafeteras
C Cafetera italiana de acero inoxidable, 6 tazas
N ★★★★☆ 4,4 (212 opiniones)
C! 34,95 € IVA incluido
C! Disponible: entrega en 24-48 horas
B Cantidad
B Añadir al carrito
B Comprar ahora
B Añadir a la lista de deseos
C Descripción
C Nuestra cafetera italiana de acero inoxidable prepara un café intenso y aromático, como el de toda la vida, pero sin los inconvenientes del aluminio: no se oxida, no transmite sabores y se puede lavar en el lavavajillas.
C Su base encapsulada reparte el calor de forma homogénea y la hace compatible con todo tipo de cocinas, incluida la inducción. El mango de baquelita no se calienta y la válvula de seguridad está calibrada para un uso doméstico sin sustos.
C Para un café perfecto, llena el depósito de agua hasta la válvula, pon el café molido sin apretarlo y calienta a fuego medio. Retírala del fuego en cuanto empiece a borbotear, así evitarás que el café se queme.
C Características
C! Capacidad: 6 tazas (300 ml)
C! Material: acero inoxidable 18/10
C! Apta para inducción, gas, vitrocerámica y eléctrica
C! Mango: baquelita resistente al calor
C! Altura: 21 cm
C! Garantía: 2 años
C Qué incluye
C Cafetera, filtro de repuesto y junta de silicona adicional.
B Envíos y devoluciones
B Pago seguro
N Opiniones de clientes
N Carmen R. · 3 de marzo de 2024
N Muy buena, el café sale riquísimo y la limpieza es muy fácil. La uso a diario en placa de inducción sin problemas.
N Javier · 19 de febrero de 2024
N Bien acabada, pero el asa se mueve un poco después de unos meses. Apretando el tornillo se arregla.
B Ver todas las opiniones
B Escribir una opinión
B Productos relacionados
B Molinillo de café manual de cerámica · 29,90 €
B Juego de 6 tazas de café de gres · 24,50 €
B Café molido natural de Colombia 250 g · 5,95 €
B Atención al cliente
B Lunes a viernes de 9.00 a 18.00
B Preguntas frecuentes
B Seguimiento de pedidos
B Condiciones de venta
B Aviso legal
B Privacidad
B Cookies
B Tarjeta regalo
B Trabaja con nosotros
B Blog de recetas
B Síguenos en Instagram
B La Alacena nació en 2011 como una pequeña tienda de menaje en Logroño. Hoy enviamos a toda la península, pero seguimos eligiendo cada producto como si fuera para nuestra propia cocina.
B © 2024 La Alacena Menaje S.L.
""", blank=True)

# es 03: motorcycle travel forum thread
doc("es", "page", "forum",
    "https://www.foro-moteros-viajeros.example/rutas-espana/ruta-"
    "pirineos-julio-cuantos-dias-t23310.html", """
B Foro Moteros Viajeros
B Portal
B Foros
B Calendario
B Buscar
B Preguntas frecuentes
B Mensajes sin leer
B Temas activos
B Miembros
B Registrarse
B Entrar
B Índice del foro › Rutas por España › Pirineos
C Ruta por los Pirineos en julio: ¿cuántos días hacen falta?
B Responder
B Vista para imprimir
B Enviar tema por correo
B 9 mensajes • Página 1 de 1
N Rafa_GS
N Mensaje: 318
N 21 Abr 2024, 22:10
C Buenas, compañeros. Estoy preparando una ruta por los Pirineos para la segunda quincena de julio con mi pareja de paquete. Saldríamos desde Zaragoza y la idea es ir de Jaca hacia el este, pasando por Ordesa y el valle de Arán, y volver por Lleida.
C Tenemos siete días. ¿Es suficiente o vamos a ir con la lengua fuera? No queremos hacer más de 250 km al día, que con dos personas y maletas se nota mucho. Se agradecen consejos de alojamiento y de puertos que no hay que perderse.
B Citar
N Montañero_750
N 21 Abr 2024, 22:48
C Con siete días vas bien si no te empeñas en ver todo. Yo no bajaría de dos noches en algún sitio céntrico para hacer una etapa sin maletas. Por ejemplo, Benasque es perfecto: subes a los Llanos del Hospital y haces el Cotiella o el puerto de Ampriu sin peso.
B Citar
N La_Abuela_Rutera
N 22 Abr 2024, 08:15
C Ojo con julio en Ordesa: el acceso a la pradera está restringido en temporada alta y hay que dejar la moto en Torla y subir en autobús. Id prontito por la mañana.
B Citar
N Rafa_GS
N 22 Abr 2024, 09:30
C No tenía ni idea de lo de Ordesa, gracias. ¿Y alojamiento? ¿Hace falta reservar todo o se puede ir improvisando?
B Citar
N Montañero_750
N 22 Abr 2024, 10:02
C En julio yo reservaría al menos las noches de fin de semana y las de Arán, que se llena de franceses. Entre semana en los pueblos pequeños del Pirineo aragonés suele haber sitio.
C Mi propuesta, más o menos:
C! Día 1: Zaragoza – Jaca por Monrepós
C! Día 2: Jaca – Torla, con tarde en Ordesa
C! Día 3: Torla – Benasque por Ainsa
C! Día 4: Vuelta por Cerler y Ampriu, sin maletas
C! Día 5: Benasque – Vielha por el túnel
C! Día 6: Vielha – La Seu d'Urgell por el Port de la Bonaigua
C! Día 7: La Seu – Zaragoza por Lleida
B Citar
N Txema_Bilbo
N 23 Abr 2024, 19:44
C La Bonaigua a primera hora es una gozada, sin coches y con el asfalto en buen estado. Eso sí, lleva ropa de abrigo aunque sea julio, arriba puedes encontrarte ocho o diez grados.
B Citar
N Rafa_GS
N 24 Abr 2024, 21:05
C Mil gracias a todos. Me quedo con la ruta de Montañero casi tal cual. A la vuelta os cuento qué tal.
B Citar
B Volver a «Pirineos»
B Temas similares
B Transpirenaica en moto: de Irún a Cap de Creus en 10 días
B Puertos del Pirineo francés: ¿cuáles merecen la pena?
B Dónde dormir con la moto a cubierto en Jaca
B Índice del foro
B Quedadas y concentraciones
B Compraventa de equipamiento
B ¿Quién está conectado?
B Usuarios navegando por este foro: 2 registrados y 27 invitados
B Estadísticas: 48 213 mensajes, 3 905 temas, 2 611 miembros
B Normas del foro
B Borrar cookies del foro
B Publicidad en el foro
B El equipo
B Contacto
B Política de privacidad
B Todos los horarios son UTC+02:00
B Desarrollado por phpBB® Forum Software © phpBB Limited
""")

# es 04: payments API documentation page
doc("es", "page", "documentation",
    "https://developers.pagalia.example/es/api/reembolsos/crear", r"""
B Pagalia para desarrolladores
B Documentación
B Referencia de la API
B SDK
B Guías
B Registro de cambios
B Estado del servicio
B Iniciar sesión
B Crear cuenta
B Buscar en la documentación
B Español
B API v2
B Introducción
B Autenticación
B Errores
B Paginación
B Idempotencia
B Pagos
B Crear un pago
B Consultar un pago
B Capturar un pago
B Reembolsos
B Crear un reembolso
B Consultar un reembolso
B Listar reembolsos
B Clientes
B Webhooks
C Crear un reembolso
C POST /v2/reembolsos
C Devuelve al cliente, total o parcialmente, el importe de un pago ya capturado. El dinero se abona en el mismo medio de pago que se usó en la compra. Los reembolsos con tarjeta suelen verse en el extracto del cliente en un plazo de cinco a diez días hábiles.
C Un mismo pago admite varios reembolsos parciales, siempre que la suma no supere el importe capturado.
C Parámetros del cuerpo
C! pago_id (string, obligatorio): identificador del pago que se quiere reembolsar, con el prefijo pag_.
C! importe (integer, opcional): cantidad a devolver en céntimos. Si se omite, se reembolsa todo el importe pendiente.
C! motivo (string, opcional): uno de duplicado, fraude, solicitado_por_cliente u otro.
C! metadatos (object, opcional): hasta 20 pares clave-valor para uso propio.
C Ejemplo de petición
C curl https://api.pagalia.example/v2/reembolsos \
C -H "Authorization: Bearer sk_prueba_tuClaveSecreta" \
C -H "Idempotency-Key: 7f1c0e2a-reembolso-1042" \
C -d pago_id=pag_prueba_8814 \
C -d importe=1500 \
C -d motivo=solicitado_por_cliente
C Respuesta
C {
C "id": "ree_prueba_2051",
C "objeto": "reembolso",
C "pago_id": "pag_prueba_8814",
C "importe": 1500,
C "moneda": "eur",
C "estado": "pendiente",
C "creado": 1718035200
C }
C El campo estado pasa de pendiente a completado cuando la entidad confirma la devolución. Si quieres enterarte del cambio sin consultar la API, suscríbete al evento reembolso.actualizado en tus webhooks.
C Errores frecuentes
C! 400 importe_invalido: el importe es cero, negativo o mayor que lo pendiente.
C! 404 pago_no_encontrado: el pago no existe o pertenece a otra cuenta.
C! 409 pago_no_capturado: el pago solo está autorizado; cancélalo en lugar de reembolsarlo.
C Recomendamos enviar siempre la cabecera Idempotency-Key. Si la conexión se corta y repites la petición con la misma clave, Pagalia no creará un segundo reembolso.
B ¿Te ha resultado útil esta página?
B Sí
B No
B Editar en GitHub
B Anterior: Capturar un pago
B Siguiente: Consultar un reembolso
B En esta página
B Parámetros del cuerpo
B Ejemplo de petición
B Respuesta
B Errores frecuentes
B Productos
B Precios
B Seguridad
B Soporte técnico
B Comunidad de desarrolladores
B Términos del servicio
B Privacidad
B © 2024 Pagalia Pagos S.L. Entidad de pago registrada.
""")

# es 05: cultural agenda, flattened table of events
doc("es", "page", "listing",
    "https://www.agendacultural-altoaragon.example/huesca/esta-semana",
    """
B Usamos cookies técnicas y, con tu permiso, de análisis para saber qué eventos interesan más.
B Aceptar
B Solo necesarias
B Agenda Cultural del Alto Aragón
B Buscar eventos
B Iniciar sesión
B Qué hacer hoy
B Esta semana
B Conciertos
B Teatro y danza
B Exposiciones
B Cine
B Infantil
B Fiestas populares
B Publica tu evento
B Huesca
B Barbastro
B Jaca
B Monzón
B Fraga
B Fin de semana
B Próximos 30 días
B Inicio > Huesca > Esta semana
C Agenda cultural de Huesca: del 3 al 9 de junio
C Una semana con mucha música al aire libre, el arranque del ciclo de cine de verano y una exposición de fotografía que recorre medio siglo de vida en los valles del Pirineo. Estos son los planes que proponemos.
C Fecha | Evento | Lugar | Precio
C! Lun 3 jun, 19.00 h | Presentación del libro «Agua de nieve», de Pilar Sesé | Librería Anónima | Entrada libre
C! Mar 4 jun, 20.30 h | Concierto de la Banda Municipal de Música | Parque Miguel Servet | Gratis
C! Mié 5 jun, 18.00 h | Cuentacuentos en aragonés para familias | Biblioteca Ramón J. Sender | Gratis, con inscripción
C! Mié 5 jun, 22.00 h | Cine de verano: «La ventana del patio» | Patio del Museo Provincial | 3 €
C! Jue 6 jun, 20.00 h | Teatro: «Las cuñadas», de la compañía Bambalinas | Teatro Olimpia | 12 €
C! Vie 7 jun, 21.30 h | Jazz en la plaza: Marta Lacasa Trío | Plaza de la Catedral | Gratis
C! Sáb 8 jun, 11.00 h | Mercado de artesanía y productos de la tierra | Coso Alto | Entrada libre
C! Sáb 8 jun, 22.00 h | Concierto: Los del Sobrarbe + DJ Chusé | Palacio de Congresos | 15 € anticipada
C! Dom 9 jun, 12.00 h | Visita guiada: el Huesca medieval | Salida desde el Ayuntamiento | 6 €
C Destacado de la semana
C La exposición «Valles. Cincuenta años de fotografía en el Pirineo» reúne en la Diputación más de 120 imágenes tomadas entre 1970 y 2020 por fotógrafos aficionados de la provincia. Bodas, trillas, escuelas rurales que ya no existen, las primeras pistas de esquí: un retrato íntimo de cómo han cambiado los pueblos de montaña.
C Puede visitarse hasta el 30 de junio, de martes a sábado de 10.00 a 14.00 y de 17.00 a 20.00, y los domingos por la mañana. La entrada es gratuita y hay visitas guiadas los sábados a las 12.00.
C Conviene saber
C Los conciertos al aire libre se trasladan a la Casa de Cultura si hay riesgo de tormenta. Las entradas del Teatro Olimpia pueden comprarse en taquilla desde una hora antes de cada función.
B Compartir esta agenda
B Añadir a mi calendario
B Descargar en PDF
B Los datos de esta agenda los facilitan los organizadores. Te recomendamos confirmar horarios y precios antes de desplazarte.
B ¿Organizas un evento? Envíanoslo a través del formulario y lo publicaremos gratis.
B Recibe la agenda del fin de semana
B Tu correo electrónico
B Suscribirme
B Síguenos
B Instagram
B Facebook
B Quiénes somos
B Contacto
B Publicidad
B Mapa web
B Aviso legal
B Política de privacidad
B Política de cookies
B © 2024 Agenda Cultural del Alto Aragón
""")

# es 06: extracted personal finance article
doc("es", "extracted", "article",
    "https://www.bolsillo-economico.example/vivienda/hipoteca-variable-"
    "euribor-revision-que-hacer", """
C ¿Te toca revisar la hipoteca variable? Qué hacer antes de firmar nada
B Redacción | Madrid | 3 de abril de 2025
C Cada seis o doce meses, según el contrato, el banco recalcula la cuota de las hipotecas variables con el valor del euríbor. Tras dos años de subidas, muchos hipotecados están viendo por fin cuotas más bajas. Pero la revisión también es un buen momento para repasar las condiciones del préstamo.
C Lo primero es entender la carta del banco. En ella deben aparecer el índice de referencia aplicado, el diferencial pactado, el nuevo tipo de interés y la nueva cuota mensual. El tipo resultante es la suma del euríbor del mes que marque el contrato y el diferencial, por ejemplo un 0,99 %.
C Comprueba que el euríbor utilizado corresponde al mes correcto. Algunos contratos toman el dato de dos meses antes de la fecha de revisión, no el del mes anterior. Un error aquí puede suponer varios euros al mes durante todo un año.
B+ Publicidad
C Bonificaciones: el coste oculto
C El diferencial suele estar bonificado si se contratan otros productos con el banco: domiciliar la nómina, tener un seguro de hogar o de vida, usar la tarjeta un número mínimo de veces al trimestre. Si en algún momento dejas de cumplir uno de esos requisitos, el banco puede subir el diferencial en la siguiente revisión.
C Haz números. A veces el seguro de vida del banco cuesta bastante más que uno equivalente contratado por tu cuenta, y la rebaja del diferencial no compensa la diferencia. Eso sí, antes de cancelar cualquier producto, revisa qué dice exactamente la escritura.
B Lee también: Cambiar la hipoteca de banco en 2025, paso a paso
C ¿Pasarse a tipo fijo?
C Con el euríbor bajando, muchos se preguntan si merece la pena cambiar a una hipoteca fija o mixta. La respuesta depende sobre todo de cuántos años quedan por pagar y de la tranquilidad que se busque.
C Si te quedan pocos años y buena parte del capital ya está amortizado, el ahorro de pasarse a fijo suele ser pequeño. Si aún te quedan veinte o veinticinco años, fijar la cuota puede protegerte frente a futuras subidas, aunque hoy pagues algo más.
C Para cambiar a fijo dentro del mismo banco se negocia una novación. Si otro banco ofrece mejores condiciones, se puede hacer una subrogación. En ambos casos la ley limita las comisiones que puede cobrar la entidad.
C Tres comprobaciones antes de la revisión
C! Confirma el mes del euríbor que usa tu contrato.
C! Revisa si sigues cumpliendo todas las bonificaciones.
C! Pide a otros bancos una oferta vinculante por escrito.
C ¿Y amortizar anticipadamente?
C Si tienes ahorros, amortizar parte del préstamo reduce los intereses que pagarás en total. Puedes elegir entre bajar la cuota o acortar el plazo. En términos de ahorro total, reducir el plazo suele ser más ventajoso, pero bajar la cuota da más margen al presupuesto mensual.
C Antes de hacerlo, guarda un colchón para imprevistos equivalente a varios meses de gastos. Quedarse sin liquidez para ahorrar unos pocos euros de intereses no suele ser buena idea.
B Este artículo tiene carácter informativo y no constituye asesoramiento financiero personalizado.
""")

# es 07: extracted culture news (film festival), blank lines
doc("es", "extracted", "article",
    "https://www.pantalla-sur.example/festivales/festival-cine-alcaraz-"
    "palmares-2024", """
C «Las horas del agua» gana la Mirada de Oro en el Festival de Cine de Alcaraz
B Elena Vidal — Actualizado: 19.10.2024 - 23:40
C La película de la directora murciana Irene Sotomayor se llevó anoche el principal galardón de la 21.ª edición del festival, que este año ha batido su récord de público con más de 18.000 espectadores.
C «Las horas del agua» cuenta la historia de una familia de regantes de la vega del Segura que se enfrenta a la venta de sus derechos de agua a una gran empresa agrícola. Rodada con actores no profesionales de la zona, la película ya había causado sensación en su estreno en el festival de Málaga.
C Al recoger el premio, Sotomayor dedicó la Mirada de Oro a los vecinos que participaron en el rodaje. «Ellos no actuaban, se contaban a sí mismos. Yo solo tuve que ponerme detrás de la cámara y escuchar», dijo entre aplausos.
B+ (Foto: Festival de Cine de Alcaraz)
C El jurado, presidido por el actor Tomás Argüelles, destacó «la delicadeza con la que la película convierte un conflicto económico en un drama íntimo sobre la herencia y la pertenencia».
C El resto del palmarés
C! Mejor dirección: Pau Ferrando, por «Taller de invierno»
C! Mejor interpretación femenina: Rocío Nadal, por «Lo que queda»
C! Mejor interpretación masculina: Omar Bensalem, por «Frontera sur»
C! Premio del público: «Taller de invierno»
C! Mejor cortometraje: «La última verbena», de Laia Prats
C «Taller de invierno», el retrato de un grupo de jubilados que reabre una antigua fábrica de juguetes en Ibi, fue la gran favorita del público y se marcha con dos premios. Su director, Pau Ferrando, firma su primer largometraje tras una década dedicada al documental.
C La edición ha estado marcada por la presencia de cine hecho lejos de las grandes ciudades. De las catorce películas a concurso, nueve se rodaron en pueblos de menos de 20.000 habitantes, algo que la directora del festival, Marisa Jiménez, considera «una tendencia que ha venido para quedarse».
C El festival ha crecido también fuera de las salas. Las proyecciones gratuitas en la plaza Mayor reunieron cada noche a cientos de personas, y los talleres de cine para escolares contaron con la participación de más de 1.200 alumnos de la comarca.
C La próxima edición se celebrará del 10 al 18 de octubre de 2025. La organización ha anunciado que abrirá una sección nueva dedicada a las óperas primas de directoras.
B Suscríbete a nuestro boletín semanal de estrenos y festivales.
""", blank=True)

# es 08: extracted municipal service page (registering residence)
doc("es", "extracted", "service",
    "https://sede.valdeserra.example/tramites/padron/alta-en-el-padron-"
    "municipal", """
C Alta en el padrón municipal de habitantes
C Toda persona que vive en España debe estar inscrita en el padrón del municipio en el que reside habitualmente. El empadronamiento es necesario, entre otras cosas, para acceder a la sanidad pública, escolarizar a los hijos, votar en las elecciones municipales o solicitar ayudas sociales.
B Última actualización: 14/02/2025
C ¿Quién puede solicitarlo?
C Las personas mayores de edad que residan en Valdeserra, en su propio nombre o en el de los menores a su cargo. También puede hacerlo un representante con autorización firmada.
C Documentación necesaria
C! Solicitud de alta, firmada por todas las personas mayores de edad
C! DNI, NIE o pasaporte en vigor de cada persona
C! Libro de familia o partida de nacimiento para los menores
C! Contrato de alquiler, escritura o factura reciente de suministros
C Si la vivienda no está a tu nombre, necesitarás además una autorización del titular o de una persona ya empadronada en ella, acompañada de una copia de su documento de identidad.
C ¿Cómo se tramita?
C Puedes presentar la solicitud de forma presencial en la Oficina de Atención Ciudadana, con cita previa, o a través de la sede electrónica si dispones de certificado digital o Cl@ve.
C El alta tiene efecto desde el día en que se presenta la solicitud completa. En la mayoría de los casos, el volante de empadronamiento se entrega en el momento si la tramitación es presencial, o en un plazo de tres días hábiles si se hace por internet.
C En algunos casos, el Ayuntamiento puede comprobar que realmente resides en el domicilio indicado mediante una visita de la Policía Local.
C Precio
C El trámite es gratuito. Los volantes y certificados de empadronamiento también son gratuitos.
C Oficina de Atención Ciudadana
C! Plaza de España, 1, bajo
C! De lunes a viernes, de 8.30 a 14.00
C! Jueves por la tarde, de 16.30 a 19.00, salvo en julio y agosto
C! Teléfono 010 o 976 00 00 10 desde fuera del municipio
C Normativa
C Ley 7/1985, reguladora de las Bases del Régimen Local, y Reglamento de Población y Demarcación Territorial de las Entidades Locales.
B Pedir cita previa
B Iniciar trámite en la sede electrónica
B ¿Te ha sido útil esta información?
""")

# es 09: extracted recipe article
doc("es", "extracted", "article",
    "https://www.lacocinadeabuelaremedios.example/recetas/pisto-"
    "manchego-tradicional/", """
C Pisto manchego tradicional, sin prisas y con mucho sabor
C El pisto es uno de esos platos que mejoran cuanto menos se toca la receta. Verduras de verano, buen aceite de oliva y, sobre todo, tiempo: el secreto está en cocinar cada hortaliza por separado y dejar que todo se haga a fuego lento.
B Publicado por Remedios el 22 de julio de 2024 · 12 comentarios
C En casa de mi abuela, en un pueblo de Ciudad Real, el pisto se hacía en una sartén enorme de hierro y se comía durante tres días. El primero, recién hecho con pan; el segundo, con un huevo frito encima; el tercero, frío, en bocadillo. Cada día estaba más rico.
C Mucha gente lo prepara echándolo todo a la vez en la sartén, pero así las verduras se cuecen en su propia agua y el resultado queda aguado. Si las pochas por separado, cada una conserva su sabor y la textura final es mucho más melosa.
B+ *
C Ingredientes para 4 personas
C! 2 cebollas medianas
C! 2 pimientos verdes italianos
C! 1 pimiento rojo grande
C! 2 calabacines medianos
C! 1 kg de tomates maduros
C! 100 ml de aceite de oliva virgen extra
C Sal y una pizca de azúcar
C Preparación
C Pela y pica la cebolla en dados pequeños. Lava los pimientos, quítales las semillas y córtalos también en dados. Pela los calabacines solo a medias, dejando tiras de piel, y córtalos en cubos de un centímetro.
C Escalda los tomates un minuto en agua hirviendo, pásalos por agua fría, pélalos y trocéalos. Reserva todo por separado.
C Calienta la mitad del aceite en una sartén grande y pocha la cebolla a fuego lento durante unos diez minutos, hasta que esté transparente. Añade los pimientos y deja que se hagan otros quince minutos, removiendo de vez en cuando.
C En otra sartén, con el resto del aceite, saltea el calabacín con una pizca de sal hasta que empiece a dorarse. Escúrrelo y resérvalo.
C Añade el tomate a la sartén de la cebolla y los pimientos y deja que se cocine a fuego suave unos veinte minutos, hasta que haya perdido casi todo el agua. Si está ácido, corrige con una pizca de azúcar.
C Incorpora el calabacín, mezcla con cuidado y deja cinco minutos más para que se integren los sabores. Prueba y rectifica de sal.
C Trucos de la abuela
C Si te sobra, congélalo en raciones: aguanta perfectamente tres meses. Y si quieres una versión más contundente, añade al final unos taquitos de jamón o acompáñalo con patatas a lo pobre.
B * Esta receta contiene enlaces de afiliado a productos que uso en mi cocina. Si compras a través de ellos, recibo una pequeña comisión sin coste para ti.
B Si te ha gustado, guárdala en Pinterest y compártela con quien quieras.
""")

# es 10: extracted collection, hiking routes for beginners
doc("es", "extracted", "collection",
    "https://www.senderos-y-cumbres.example/rutas/sierra-de-"
    "guadarrama/rutas-faciles-para-empezar", """
C Siete rutas fáciles por la sierra de Guadarrama para empezar a caminar
C No hace falta ser montañero para disfrutar de la sierra. Hemos elegido siete recorridos cortos, bien señalizados y con poco desnivel, perfectos para quienes se inician o para salir con niños. Todos se pueden hacer en media jornada.
B Texto y fotos: Álvaro Ruiz
C 1. Las Dehesas de Cercedilla
C! 5,2 km · 1 h 45 min · desnivel 180 m
C Un paseo circular entre pinos silvestres y arroyos, con varias fuentes por el camino. Empieza en el aparcamiento del centro de visitantes, donde también hay baños y merenderos.
C 2. Senda de los Miradores
C! 7 km · 2 h 30 min · desnivel 240 m
C Sube suavemente por una ladera con vistas al valle y vuelve por una pista forestal. En primavera, los prados se llenan de narcisos.
C 3. Ruta de las Presillas
C! 4 km · 1 h 15 min · desnivel 60 m
C Ideal en verano: el camino lleva a unas pozas naturales junto al río, donde se permite el baño en temporada. Llega temprano, porque el aparcamiento se llena pronto los fines de semana.
C 4. Camino del Agua por el arroyo del Sestil
C! 6,5 km · 2 h · desnivel 150 m
C Sigue el curso del arroyo entre robles y acebos. Es una de las rutas más frescas de la sierra y resulta especialmente bonita en otoño, con los árboles cambiando de color.
C 5. Vuelta al embalse de la Jarosa
C! 6,8 km · 2 h · desnivel 90 m
C Casi llana, rodea el embalse por un sendero bien marcado. Perfecta para ir con carrito de bebé en su mayor parte.
C 6. Mirador de la Peña del Arcipreste
C! 5,5 km · 2 h · desnivel 280 m
C Es la más exigente de la lista, pero el esfuerzo compensa: desde arriba se ve buena parte de la sierra y, en días claros, la meseta hasta Madrid.
C 7. Calzada romana de la Fuenfría
C! 6 km · 2 h · desnivel 200 m
C Caminar sobre las losas de una antigua calzada entre pinos centenarios tiene algo especial. El tramo mejor conservado está a menos de una hora del inicio.
C Antes de salir, consulta la previsión meteorológica, lleva agua y ropa de abrigo aunque sea verano, y respeta las normas del parque nacional: no te salgas de los senderos señalizados.
B ¿Quieres recibir nuevas rutas cada mes? Apúntate a nuestro boletín.
B Más rutas: Picos de Europa para principiantes, Sierra de Cazorla en familia
""")


if __name__ == "__main__":
    main()
