#!/usr/bin/env python3
"""Build the hold-out labeled evaluation set for deboil.

Writes tests/data/eval/holdout/{de,fr,es,en}.jsonl: 14 German documents,
5 French, 5 Spanish and 4 English, in the same JSON Lines format as the other
eval sets (id, source, split, task, lang, url, page_type, text, keep, drop),
with source "deboil-holdout" and ids like "holdout-de-01".

This set is for measuring only. Nothing may be tuned on it: no rule, word
list, weight or threshold of the engine may be chosen by looking at these
documents or at the engine's output on them. The documents were written by
hand without looking at the engine's rules or data, and no text was copied
from the web or from any other data set; sites, people, places and products
are fictional (a few real place names and generic terms aside).

The markup, the snippet rules and the validation are those of
scripts/make_blind_eval.py, which this script imports (it does not edit it).
Only the document ids (and so the random seeds), the source name, the output
folder and the expected counts differ. In short:

    C text    new line of main content       C+ / C~  content glued to the
    B text    new line of boilerplate        B+ / B~  previous line (~: with
    N text    new neutral line                         one space)
    C! text   content line that must get a keep snippet

Run from the repository root:

    python3 scripts/make_holdout_eval.py
"""

import os
import sys

import written_sets

ROOT = written_sets.ROOT
blind = written_sets.machinery()
doc = blind.doc

OUT_DIR = os.path.join(ROOT, "tests", "data", "eval", "holdout")
SOURCE = "deboil-holdout"
EXPECTED = {"de": 14, "fr": 5, "es": 5, "en": 4}


# ---------------------------------------------------------------------------
# Documents
# ---------------------------------------------------------------------------

# ----------------------------------------------------------------- German --

# de 01: regional newspaper, flood protection, full page
doc("de", "page", "article", """
B Hochwasserschutz in Kellbach: Stadt setzt auf mobile Wände | Werra-Echo
B Zum Inhalt springen
B Diese Website nutzt Cookies. Einige sind technisch notwendig, andere helfen uns, die Seite zu verbessern und Ihnen passende Werbung anzuzeigen. Mit einem Klick auf „Zustimmen“ willigen Sie in die Verarbeitung ein.
B Zustimmen
B Ablehnen
B Werra-Echo
B Suchbegriff eingeben …
B Startseite
B Region
B Kellbach
B Eschenrode
B Sport
B Kultur
B Abo & Shop
B Sie sind hier: Startseite › Region › Kellbach
C Mobile Wände statt höherem Deich: Kellbach rüstet sich gegen die Werra
C Nach dem Hochwasser im vergangenen Winter hat der Stadtrat ein neues Schutzkonzept für die Unterstadt beschlossen. Anwohner sollen im Ernstfall selbst mit anpacken.
B Von Jörg Tiedemann
B 14.05.2024, 16:20 Uhr
N Im Januar stand das Wasser in der Fischergasse knietief.
B Foto: Werra-Echo/Archiv
C Als im Januar das Pegelhaus an der Alten Brücke 4,86 Meter meldete, war die Fischergasse schon nicht mehr trockenen Fußes zu erreichen. Sandsäcke stapelten sich vor den Haustüren, die Feuerwehr pumpte zwei Tage lang Keller leer. Dass so etwas nicht wieder passieren soll, darüber waren sich am Dienstagabend im Stadtrat alle einig. Über den Weg dorthin weniger.
C Mit 17 zu 6 Stimmen beschloss das Gremium, die Unterstadt künftig mit mobilen Aluminiumwänden zu schützen, statt den Deich am Mühlgraben um einen Meter zu erhöhen. Die Wände werden bei einer Hochwasserwarnung in fest einbetonierte Bodenschienen gesteckt und sollen Pegelstände bis 5,40 Meter abhalten.
C Warum kein höherer Deich?
C Eine Deicherhöhung hätte nach Berechnungen des beauftragten Ingenieurbüros rund 3,9 Millionen Euro gekostet und den Abriss von vier Garagen sowie eines Stücks der alten Stadtmauer erfordert. Die mobile Lösung liegt bei etwa 2,1 Millionen Euro, zwei Drittel davon übernimmt das Land.
C „Wir hätten eine Mauer vor die Mauer gesetzt“, sagte Bürgermeisterin Ilka Brandes. „Die Unterstadt lebt davon, dass man den Fluss sieht.“
C Kritik kam von der Wählergemeinschaft. Deren Sprecher Holger Wiegand bezweifelte, dass die Wände im Ernstfall schnell genug stehen: „Bei einer Flutwelle in der Nacht zählt jede Stunde. Ein Deich ist einfach da.“
C Die Verwaltung hält dagegen, dass die Vorwarnzeit an der Werra in aller Regel mehr als 24 Stunden beträgt. Die Hochwasserzentrale des Landes gebe ihre Prognosen für den Pegel Kellbach inzwischen zweimal täglich heraus, bei steigenden Ständen sogar alle drei Stunden.
C Die Elemente selbst sollen in einer neuen Halle am Bauhof lagern, nur wenige hundert Meter von der Unterstadt entfernt. Jedes Teil ist nummeriert und hat seinen festen Platz in der Schiene, damit beim Aufbau niemand suchen muss.
C Freiwillige Helfer gesucht
C Für den Aufbau braucht die Feuerwehr nach eigenen Angaben etwa sechs Stunden und mindestens 40 Helfer. Die Stadt will deshalb eine Gruppe aus Anwohnern aufbauen, die zweimal im Jahr den Ernstfall übt. Wer mitmachen möchte, kann sich bis Ende Juni im Bürgerbüro melden.
C Für die Anwohner der Fischergasse ist das ein Lichtblick. „Wir haben im Januar nachts um drei Sandsäcke geschleppt“, erzählt Martina Röder, deren Haus direkt am Mühlgraben steht. „Wenn ich dafür zweimal im Jahr üben muss, mache ich das gern.“
C Das Projekt in Zahlen
C! Länge der Schutzlinie: 1,2 Kilometer
C Schutzhöhe: bis Pegel 5,40 Meter
C Kosten: rund 2,1 Millionen Euro
C! Fertigstellung: voraussichtlich Herbst 2025
B Artikel teilen
B Facebook
B WhatsApp
B E-Mail
B Das könnte Sie auch interessieren
B Pegelhaus an der Alten Brücke bekommt neue Messtechnik
B Eschenrode: Fährbetrieb startet verspätet in die Saison
B Feuerwehr Kellbach zieht Bilanz nach dem Winterhochwasser
B 2 Kommentare
B Kommentieren Sie als registrierter Nutzer. Bitte beachten Sie unsere Netiquette.
N Anwohner_Unterstadt, 14.05.2024 um 18:02
N Endlich passiert was. Aber sechs Stunden Aufbau sind sportlich, wenn die Warnung erst abends kommt.
N HWiegand, 14.05.2024 um 19:40
N Ein Deich wäre die ehrlichere Lösung gewesen, auch wenn er teurer ist.
B Newsletter
B Jeden Freitag die wichtigsten Nachrichten aus dem Werratal, kostenlos per E-Mail.
B Jetzt anmelden
B Über uns
B Das Werra-Echo berichtet seit über 150 Jahren aus dem Werratal. Unsere Lokalredaktion in Kellbach ist montags bis freitags von 9 bis 17 Uhr für Sie erreichbar.
B Impressum | Datenschutz | Kontakt | Mediadaten | Cookie-Einstellungen
B © 2024 Werra-Echo Verlag GmbH
""")

# de 02: solar panel forum thread, short replies, user/date lines neutral
doc("de", "page", "forum", """
B Wechselrichter schaltet mittags ab - Balkonkraftwerke - Sonnenstrom-Treff
B Sonnenstrom-Treff
B Das Forum rund um kleine Solaranlagen
B Anmelden
B Registrieren
B Foren-Übersicht
B Balkonkraftwerke
B Technik & Fehlersuche
C Wechselrichter schaltet an sonnigen Tagen mittags ab – Überhitzung?
B Neues Thema
B Antworten
B 9 Beiträge • Seite 1 von 1
N Beitrag von Balkon_Bernd » Sa 15. Jun 2024, 14:32
C Hallo in die Runde,
C seit ein paar Tagen beobachte ich etwas Merkwürdiges an meinem Balkonkraftwerk. Zwei Module mit je 410 Watt hängen am Südbalkon, der Mikrowechselrichter sitzt direkt dahinter unter dem Geländer. Morgens läuft alles normal, aber zwischen 12 und 14 Uhr fällt die Leistung in der App immer wieder für ein paar Minuten auf null.
C Abends ist der Wechselrichter so warm, dass man ihn kaum anfassen kann. Kann das an der Hitze liegen, oder ist das Gerät defekt?
N Gruß Bernd
B Nach oben
N Beitrag von Watt_Wanda » Sa 15. Jun 2024, 15:05
C Klingt sehr nach Übertemperaturabschaltung. Die Geräte regeln ab etwa 60 Grad herunter und schalten sich zum Schutz kurz ab, wenn es noch heißer wird. Hängt er in der prallen Sonne oder im Schatten der Module?
N Beitrag von Balkon_Bernd » Sa 15. Jun 2024, 15:20
C Er hängt zwar hinter den Modulen, aber die Mittagssonne knallt seitlich voll drauf, und drumherum ist eine dunkle Holzverkleidung.
C! Daran habe ich nicht gedacht.
N Beitrag von Elektro-Erwin » Sa 15. Jun 2024, 17:48
C Dann würde ich ihn umsetzen, so dass er wirklich im Schatten hängt und ringsum mindestens zehn Zentimeter Luft hat. Auf keinen Fall direkt auf das Holz schrauben, lieber mit Abstandshaltern auf eine Alu-Schiene.
C! Und schau mal nach einem Firmware-Update.
N Beitrag von Watt_Wanda » Sa 15. Jun 2024, 18:02
C! Genau das hätte ich auch vorgeschlagen.
N Beitrag von sonnenkind84 » So 16. Jun 2024, 09:11
C Bei mir war es dasselbe. Seit der Wechselrichter unter dem Balkonboden im Schatten sitzt, ist Ruhe. Kostet dich eine Stunde und zwei Winkel aus dem Baumarkt.
N Beitrag von Balkon_Bernd » So 16. Jun 2024, 19:40
C Danke euch! Habe ihn heute unter den Balkon versetzt und mit Abstandshaltern montiert. Ein Update war tatsächlich auch verfügbar. Mal sehen, wie es nächste Woche bei 30 Grad aussieht.
N Beitrag von Elektro-Erwin » So 16. Jun 2024, 20:03
C! Drücke dir die Daumen, berichte mal.
N Beitrag von Balkon_Bernd » Sa 29. Jun 2024, 18:15
C Kurze Rückmeldung nach zwei Wochen: keine einzige Abschaltung mehr, auch nicht am Mittwoch bei 33 Grad. Der Ertrag an sonnigen Tagen liegt jetzt bei gut 3,5 Kilowattstunden statt vorher knapp 3. Danke für die schnelle Hilfe!
B Antworten
B Zurück zu „Technik & Fehlersuche“
B Wer ist online?
B Mitglieder in diesem Forum: 2 Mitglieder und 11 Gäste
B Ähnliche Themen
B Welche Halterung für Module am Geländer? Erfahrungen gesucht
B Ertrag im Winter – lohnt sich ein steilerer Anstellwinkel?
B Der Sonnenstrom-Treff ist ein privates, werbefreies Forum von Hobbybastlern. Für Arbeiten am Hausnetz wenden Sie sich bitte immer an eine Elektrofachkraft.
B Impressum · Datenschutz · Forenregeln
B Alle Zeiten sind UTC+02:00
""")

# de 03: online shop, coffee grinder; price and spec lines are content
doc("de", "page", "product", """
B Kornblume K2 Handmühle – Röstwerk Elbufer
B Kostenloser Versand ab 49 € | Lieferung in 1–3 Werktagen | 30 Tage Rückgabe
B Röstwerk Elbufer
B Kaffee
B Espresso
B Zubereitung
B Mühlen
B Zubehör
B Suchen
B Mein Konto
B Merkliste
B Warenkorb (0)
B Startseite / Zubereitung / Mühlen / Handmühlen
C Handkaffeemühle Kornblume K2
C Edelstahl gebürstet, mit Kegelmahlwerk für Filter bis Espresso
N ★★★★☆ 4,6 (23 Bewertungen)
C! 89,00 € statt 104,00 €
N inkl. MwSt., zzgl. Versandkosten
C! Farbe: Edelstahl gebürstet
B Menge
B In den Warenkorb
N Sofort lieferbar, Lieferzeit 1–3 Werktage
B Sicher bezahlen per Kreditkarte, Lastschrift oder auf Rechnung
C Beschreibung
C Die Kornblume K2 ist unsere Empfehlung für alle, die morgens nicht auf frisch gemahlenen Kaffee verzichten wollen, aber keine laute elektrische Mühle auf der Arbeitsplatte haben möchten. Das Kegelmahlwerk aus gehärtetem Stahl mahlt gleichmäßig und erwärmt das Pulver kaum.
C Der Mahlgrad lässt sich über ein Rastrad unter dem Mahlwerk in 36 Stufen einstellen, von grob für die French Press bis sehr fein für Espresso. Für 18 Gramm Bohnen braucht man je nach Mahlgrad etwa 40 bis 60 Sekunden.
C Technische Daten
C Mahlwerk: Kegelmahlwerk, 38 mm, gehärteter Stahl
C Mahlgradeinstellung: 36 Stufen
C Fassungsvermögen: ca. 30 g Bohnen
C! Gewicht: 540 g
C Maße: 17,5 × 5,6 cm
C Material: Edelstahl, Kurbelknauf aus Walnussholz
C Lieferumfang: Mühle, Reinigungspinsel, Stoffbeutel
C Garantie: 5 Jahre auf das Mahlwerk
C Pflegehinweis
C Die Mühle bitte nicht mit Wasser reinigen. Zum Säubern das Mahlwerk herausnehmen und mit dem beiliegenden Pinsel ausbürsten. Einmal im Monat empfiehlt sich ein Durchlauf mit etwas Reis oder Reinigungsgranulat.
C Dank der kompakten Form passt die K2 auch ins Handgepäck und ist damit eine gute Begleiterin für Campingurlaub und Dienstreisen.
B Kundenbewertungen
N Lieblingsstück für jeden Morgen
N Mahlt sehr gleichmäßig, nur die Kurbel könnte etwas länger sein. Für Filterkaffee perfekt. – Thomas R., 02.04.2024
N Solide, aber langsam bei Espresso
N Für feinen Espresso braucht man Geduld. Verarbeitung top. – Leonie, 17.03.2024
B Alle 23 Bewertungen anzeigen
B Das passt dazu
B Feinwaage mit Timer, 0,1 g
B 34,90 €
B Bio-Espresso Elbdunkel, 500 g
B 13,50 €
B Newsletter abonnieren und 10 % auf die nächste Bestellung sichern
B Ihre E-Mail-Adresse
B Anmelden
B Wir rösten seit 2011 in kleinen Chargen in Hamburg-Harburg und kaufen unseren Rohkaffee direkt bei Kooperativen in Peru, Äthiopien und Honduras.
B Versand & Lieferung
B Zahlungsarten
B Widerrufsrecht
B AGB · Impressum · Datenschutz
B Alle Preise inkl. gesetzlicher MwSt. zzgl. Versand.
B © Röstwerk Elbufer 2024
""")

# de 04: district vehicle registration office; opening hours and lists are content
doc("de", "page", "service", """
B Kfz-Zulassung - Landratsamt Kreis Hohenried
B Zum Inhalt springen
B Landratsamt Hohenried
B Schriftgröße
B Leichte Sprache
B Landkreis & Politik
B Bürgerservice
B Verkehr & Mobilität
B Umwelt & Abfall
B Soziales & Gesundheit
B Sie sind hier: Startseite › Bürgerservice › Verkehr › Kfz-Zulassung
C Kfz-Zulassungsstelle
C Die Zulassungsstelle des Landratsamts ist für alle Fahrzeughalterinnen und -halter mit Wohnsitz oder Firmensitz im Kreis Hohenried zuständig. Viele Vorgänge können Sie inzwischen auch online über die internetbasierte Fahrzeugzulassung erledigen.
C Öffnungszeiten
C! Montag bis Freitag 7:30 – 12:30 Uhr
C Dienstag zusätzlich 14:00 – 17:30 Uhr
C Donnerstag zusätzlich 14:00 – 18:00 Uhr
C Außenstelle Brenningen: Mittwoch 8:00 – 12:00 Uhr
C Ohne Termin werden nur Abmeldungen und Adressänderungen bearbeitet. Für alle anderen Anliegen buchen Sie bitte vorab online einen Termin.
C Leistungen
C Neuzulassung und Umschreibung von Fahrzeugen
C Außerbetriebsetzung (Abmeldung)
C Wunschkennzeichen reservieren
C Saisonkennzeichen und Kurzzeitkennzeichen
C Änderung von Name oder Anschrift in den Fahrzeugpapieren
C Ersatz bei Verlust der Zulassungsbescheinigung
C Unterlagen für eine Umschreibung
C Zulassungsbescheinigung Teil I und Teil II
C gültiger Personalausweis oder Reisepass
C! eVB-Nummer Ihrer Kfz-Versicherung
C SEPA-Lastschriftmandat für die Kfz-Steuer
C Bericht über die letzte Hauptuntersuchung
C bisherige Kennzeichen, sofern sie nicht mitgenommen werden
C Gebühren
C Eine Umschreibung kostet je nach Fall zwischen 30 und 40 Euro, ein Wunschkennzeichen zusätzlich 12,80 Euro. Bezahlen können Sie bar oder mit Karte. Die Kennzeichenschilder erhalten Sie bei den Schilderprägern im Erdgeschoss.
C Kontakt
C Landratsamt Hohenried, Gebäude B, 1. Obergeschoss
C Bahnhofstraße 12, 78654 Hohenried
C! Telefon 07451 880-2240
C zulassung@kreis-hohenried.de
B Termin online buchen
B Seite drucken
B Seite teilen
B Stand: 04.03.2024
B Weitere Themen
B Führerscheinstelle
B Fahrzeugabmeldung online
B Landratsamt Hohenried · Bahnhofstraße 12 · 78654 Hohenried
B Der Landkreis Hohenried liegt zwischen Schwarzwald und Neckar und zählt rund 118.000 Einwohnerinnen und Einwohner in 23 Städten und Gemeinden.
B Impressum | Datenschutz | Barrierefreiheit | Sitemap
""")

# de 05: regional job board, result list; job items are content
doc("de", "page", "listing", """
B Pflege Jobs in Kempten und Umgebung | 27 Stellenangebote | Allgäu-Jobs
B Allgäu-Jobs
B Jobs finden
B Für Arbeitgeber
B Ratgeber
B Login
B Was?
B Pflege
B Wo?
B Kempten (Allgäu)
B Umkreis: 25 km
B Suchen
B Filter
B Arbeitszeit
B Vollzeit (19)
B Teilzeit (15)
B Minijob (3)
B Letzte 7 Tage (9)
C 27 Pflege-Jobs in Kempten (Allgäu) und Umgebung
B Sortieren nach: Relevanz
C Pflegefachkraft (m/w/d) für die Intensivstation
C Klinikverbund Oberallgäu · Kempten (Allgäu)
C Vollzeit oder Teilzeit · unbefristet · ab sofort
C Wir suchen Verstärkung für unsere interdisziplinäre Intensivstation mit 14 Betten. Es erwarten Sie ein eingespieltes Team, eine strukturierte Einarbeitung und Zuschläge nach Tarif.
N vor 2 Tagen
B Merken
C Pflegehelfer/in in der ambulanten Pflege
C Sozialstation St. Lorenz · Waltenhofen
C! Teilzeit (20–30 Std./Woche) · Dienstwagen auch zur privaten Nutzung
C Sie versorgen unsere Patientinnen und Patienten in Waltenhofen und den umliegenden Dörfern, die Touren liegen überwiegend am Vormittag. Führerschein Klasse B erforderlich.
N vor 3 Tagen
B Merken
B Anzeige
B Werde Teil unseres Teams – Pflege mit Herz im Seniorenzentrum Am Mariaberg
C Altenpflegefachkraft (m/w/d) Nachtdienst
C Seniorenresidenz Illerblick · Kempten (Allgäu)
C! Teilzeit · 10 Nächte im Monat · Nachtzuschlag 25 %
C Für unsere Wohnbereiche mit insgesamt 62 Bewohnerinnen und Bewohnern suchen wir eine examinierte Fachkraft, die gern eigenverantwortlich arbeitet.
N vor 5 Tagen
B Merken
C Praxisanleiter/in Pflege (m/w/d)
C Berufsfachschule für Pflege · Kempten (Allgäu)
C Vollzeit · unbefristet · Weiterbildung zur Praxisanleitung wird unterstützt
C Sie begleiten unsere Auszubildenden in ihren Praxiseinsätzen und stimmen sich eng mit den Lehrkräften der Schule ab.
N vor 1 Woche
B Merken
C Medizinische Fachangestellte oder Pflegefachkraft für Hausarztpraxis
C Gemeinschaftspraxis Dr. Hölzle & Partner · Durach
C! Teilzeit, 25 Stunden · Mittwochnachmittag frei
C Unser Team sucht Unterstützung bei Blutabnahmen, Verbandswechseln und Hausbesuchen. Wir bieten eine familiäre Atmosphäre und bezahlte Fortbildungen.
N vor 1 Woche
B Merken
B 1
B 2
B Nächste Seite
B Jobalarm für diese Suche einrichten
B Wir schicken Ihnen neue passende Stellenangebote kostenlos per E-Mail. Sie können den Jobalarm jederzeit wieder abbestellen.
B E-Mail-Adresse
B Jobalarm aktivieren
B Über Allgäu-Jobs | Presse | AGB | Datenschutz | Impressum
B © 2024 Allgäu-Jobs – ein Angebot der Allgäuer Medienhaus GmbH
""")

# de 06: software documentation, config file page with code lines
doc("de", "page", "documentation", """
B Konfiguration – belegsync 2.4 Dokumentation
B belegsync 2.4
B Suchen …
B Einführung
B Installation
B Schnellstart
B Konfiguration
B Befehle
B belegsync init
B belegsync push
B belegsync pull
B Häufige Fragen
B Änderungsprotokoll
B Auf dieser Seite
B Speicherort
B Abschnitt [archiv]
B Abschnitt [regeln]
B Umgebungsvariablen
C Konfiguration
C belegsync liest seine Einstellungen aus einer TOML-Datei. Ohne weitere Angabe wird zuerst im aktuellen Verzeichnis nach belegsync.toml gesucht, danach im Benutzerverzeichnis unter ~/.config/belegsync/config.toml.
C Speicherort
C Einen anderen Pfad geben Sie mit der Option --config an:
C! belegsync push --config /srv/buchhaltung/belegsync.toml
C Abschnitt [archiv]
C Hier legen Sie fest, wohin Belege abgelegt werden und wie die Dateien heißen.
C [archiv]
C pfad = "/srv/buchhaltung/belege"
C dateiname = "{datum}_{lieferant}_{betrag}.pdf"
C ordner_pro_jahr = true
C pfad: Zielverzeichnis für alle Belege. Muss existieren und beschreibbar sein.
C! dateiname: Muster für den Dateinamen. Erlaubte Platzhalter sind {datum}, {lieferant}, {betrag} und {nummer}.
C ordner_pro_jahr: Legt für jedes Jahr einen Unterordner an. Standard: false.
C Abschnitt [regeln]
C Mit Regeln ordnen Sie eingehende Belege automatisch einem Lieferanten oder einer Kategorie zu. Regeln werden von oben nach unten geprüft, die erste passende gewinnt.
C [[regeln]]
C enthaelt = "Stadtwerke"
C kategorie = "Energie"
C lieferant = "Stadtwerke Kellbach"
C Weitere Regeln hängen Sie einfach darunter an:
C [[regeln]]
C enthaelt = "Mobilfunk"
C kategorie = "Telefon und Internet"
C Umgebungsvariablen
C Jede Einstellung lässt sich auch über eine Umgebungsvariable setzen. Der Name ergibt sich aus dem Präfix BELEGSYNC_, dem Abschnitt und dem Schlüssel in Großbuchstaben, etwa BELEGSYNC_ARCHIV_PFAD. Umgebungsvariablen haben Vorrang vor der Datei.
C Hinweis: Passwörter für IMAP-Postfächer gehören nie in die Konfigurationsdatei. Nutzen Sie stattdessen die Variable BELEGSYNC_IMAP_PASSWORT oder den Schlüsselbund Ihres Systems.
B Fehler auf dieser Seite melden
B War diese Seite hilfreich? Ja Nein
B « Schnellstart
B Befehle »
B © 2024 Die belegsync-Mitwirkenden. Veröffentlicht unter der MIT-Lizenz.
B Erstellt mit einem statischen Seitengenerator.
""")

# de 07: consumer portal category page; the article teasers are the content
doc("de", "page", "collection", """
B Ratgeber Mietrecht: Tipps für Mieter | Verbraucherfenster
B Zum Inhalt springen
B Verbraucherfenster
B Unabhängig informiert
B Geld & Versicherung
B Wohnen
B Energie
B Reisen
B Gesundheit
B Suche
B Startseite › Wohnen › Mietrecht
C Ratgeber Mietrecht
C Nebenkostenabrechnung, Mieterhöhung, Kaution: Hier finden Sie alle unsere Beiträge rund um das Mieten einer Wohnung. Unsere Texte werden regelmäßig von einer Fachanwältin für Mietrecht geprüft.
C Nebenkostenabrechnung prüfen: Die sieben häufigsten Fehler
C Viele Abrechnungen enthalten Fehler, sagen Mietervereine. Wir zeigen, worauf Sie achten sollten und wie Sie fristgerecht widersprechen.
N 12.03.2024 · 6 Min. Lesezeit
C Mieterhöhung erhalten? So prüfen Sie, ob sie zulässig ist
C Mietspiegel, Kappungsgrenze und Zustimmungsfrist: Was Vermieter dürfen und wann Sie die Zustimmung verweigern können.
N 28.02.2024 · 8 Min. Lesezeit
B Anzeige
B Rechtsschutz für Mieter schon ab 9,90 Euro im Monat – jetzt vergleichen und sparen
C Kaution zurückfordern: Wie lange darf der Vermieter sie behalten?
C Nach dem Auszug warten viele monatelang auf ihr Geld. Welche Fristen gelten und wann Sie Zinsen verlangen können.
N 14.02.2024 · 5 Min. Lesezeit
C Schimmel in der Wohnung: Wer muss zahlen?
C Ob falsches Lüften oder ein Baumangel schuld ist, klärt oft erst ein Gutachten. So gehen Sie vor, wenn sich Flecken an der Wand zeigen.
N 30.01.2024 · 7 Min. Lesezeit
C Untervermietung: Wann der Vermieter zustimmen muss
C Ein Zimmer an Freunde oder Studierende zu vermieten, ist häufiger erlaubt, als viele denken. Voraussetzung ist ein berechtigtes Interesse.
N 11.01.2024 · 4 Min. Lesezeit
B Weitere Beiträge laden
B Das könnte Sie auch interessieren
B Strom- und Gasanbieter wechseln: Schritt für Schritt
B Hausratversicherung: Welche Leistungen wirklich wichtig sind
B Newsletter
B Einmal pro Woche die wichtigsten Verbrauchertipps kostenlos per E-Mail. Sie können sich jederzeit wieder abmelden.
B E-Mail-Adresse eingeben
B Abonnieren
B Das Verbraucherfenster ist ein unabhängiges Informationsangebot. Wir finanzieren uns über Werbung und freiwillige Beiträge unserer Leserinnen und Leser, nicht über Provisionen.
B Über uns · Kontakt · Impressum · Datenschutz · Cookie-Einstellungen
B © 2024 Verbraucherfenster
""")

# de 08: local sport report, extractor output with a glued ad label
doc("de", "extracted", "article", """
C HSG Altmühltal gewinnt hitziges Derby gegen Eichstätt
C Vor 900 Zuschauern setzt sich der Tabellenzweite mit 31:28 durch. Entscheidend ist eine starke Viertelstunde nach der Pause.
B Von Markus Steininger
C Die Halle in Beilngries war schon eine halbe Stunde vor dem Anpfiff voll, und wer zu spät kam, musste sich mit einem Stehplatz auf der Tribünentreppe begnügen. Das Landkreisderby zwischen der HSG Altmühltal und dem TV Eichstätt hielt, was es versprochen hatte: viel Tempo, viel Emotion und drei Zeitstrafen in den ersten zehn Minuten.
C Die Gäste erwischten den besseren Start. Angeführt von Rückraumspieler Jonas Pfaller, der bis zur Pause sechs Treffer erzielte, lag Eichstätt nach 20 Minuten mit 12:8 vorn. HSG-Trainer Florian Reindl nahm eine Auszeit und stellte auf eine offensivere 5:1-Deckung um. Bis zur Halbzeit kämpften sich die Gastgeber auf 14:15 heran.
C Zwischen der 35. und der 50. Minute gelang der HSG dann ein 9:2-Lauf, bei dem vor allem Torhüter Simon Brandl mit mehreren Paraden glänzte.
B+ Anzeige
C+ Eichstätt fand gegen die aggressive Abwehr kaum noch Lücken und traf in dieser Phase zweimal nur den Pfosten.
C „Wir haben in der Kabine klar gesagt, dass wir sie müde laufen wollen. Das ist aufgegangen“, sagte Reindl nach dem Spiel. Sein Gegenüber Martin Kraus haderte mit der Chancenverwertung: „Wer so viele freie Würfe liegen lässt, gewinnt hier nicht.“
C Auffällig war einmal mehr die Ausgeglichenheit im Kader der Gastgeber. Acht verschiedene Torschützen trugen sich in die Liste ein, Kapitän Tobias Huber verwandelte alle drei Siebenmeter sicher.
C Ein Wermutstropfen bleibt: Rechtsaußen Jakob Landes musste nach einem Zusammenprall kurz vor Schluss mit einer Knieverletzung vom Feld. Wie lange er ausfällt, soll eine Untersuchung am Montag klären.
C Mit dem Sieg bleibt die HSG zwei Punkte hinter Spitzenreiter Gundelfingen. Am kommenden Samstag empfängt sie um 19.30 Uhr den TSV Neuburg.
C HSG Altmühltal: Brandl, Kugler (Tor) – Huber 7/3, Weigl 6, Schmid 5, Ostermeier 4, Rieger 3, Landes 3, Bauer 2, Lang 1
C TV Eichstätt: Wiesmeier, Dorn (Tor) – Pfaller 9, Beck 5/2, Kreitmair 4, Nagl 4, Sturm 3, Gmelch 2, Kolb 1
B Mehr Lokalsport aus der Region lesen Sie täglich in unserer App und im E-Paper.
""")

# de 09: state politics, reading time, dateline, related links
doc("de", "extracted", "article", """
B Lesezeit 4 Min.
C Streit um das beitragsfreie Kita-Jahr: Opposition wirft Regierung Wortbruch vor
C Im Landtag ist es am Mittwoch zu einem heftigen Schlagabtausch über die Kita-Gebühren gekommen. Die Landesregierung will das dritte beitragsfreie Kindergartenjahr um zwei Jahre verschieben und begründet das mit der angespannten Haushaltslage.
B Erfurt (dpa/th) –
C~ Die Fraktionsvorsitzende der Opposition, Renate Gollnick, sprach von einem „gebrochenen Versprechen an Tausende Familien“. Eltern hätten bei der Planung ihrer Berufstätigkeit darauf vertraut, dass ab dem kommenden Sommer auch das erste Kita-Jahr kostenlos sei.
C Finanzministerin Dagmar Kühne verteidigte die Entscheidung. Das Land müsse im kommenden Doppelhaushalt rund 480 Millionen Euro einsparen, die Beitragsfreiheit würde allein im ersten Jahr etwa 65 Millionen Euro kosten. „Ich kann jeden Euro nur einmal ausgeben“, sagte Kühne. Vorrang hätten derzeit zusätzliche Stellen für Erzieherinnen und Erzieher.
C Kommunen fürchten höhere Gebühren
C Der Gemeinde- und Städtebund warnte, viele Kommunen könnten ihre Elternbeiträge nun sogar erhöhen. Zahlreiche Städte hätten in Erwartung der Landesförderung geplante Anpassungen aufgeschoben. Ein Sprecher des Verbandes sagte, man erwarte vom Land „mindestens eine verlässliche Übergangsregelung“.
C Auch bei den Trägern wächst die Unruhe. Die Arbeiterwohlfahrt verwies darauf, dass viele Einrichtungen ihre Kalkulation für das kommende Kita-Jahr bereits abgeschlossen hätten und nun nachverhandeln müssten.
C Wie viele Familien betroffen wären
C Nach Zahlen des Bildungsministeriums besuchen derzeit rund 54.000 Kinder im Alter zwischen einem und drei Jahren eine Kita oder Tagespflege. Die Elternbeiträge unterscheiden sich je nach Wohnort erheblich, in einigen Städten zahlen Familien für einen Ganztagsplatz mehr als 300 Euro im Monat.
C Für Alleinerziehende und Familien mit geringem Einkommen gelten schon heute Ermäßigungen. Diese sollen nach dem Willen der Regierung unverändert bleiben.
B Mehr zum Thema
B Erzieherinnenmangel: Jede fünfte Kita kann ihre Öffnungszeiten nicht halten
C Die Landeselternvertretung sieht das anders. Gerade Familien mit mittleren Einkommen, die knapp über den Grenzen für eine Ermäßigung liegen, würden durch die Verschiebung besonders belastet, erklärte deren Vorsitzende.
C Die Landeselternvertretung kündigte für den 14. März eine Kundgebung vor dem Landtag an. Man habe bereits mehr als 23.000 Unterschriften gegen die Verschiebung gesammelt, hieß es.
C Eine Entscheidung über den Gesetzentwurf soll im Mai fallen. Die Regierungsfraktionen verfügen im Parlament über eine knappe Mehrheit von zwei Stimmen.
C Sollte das Gesetz in dieser Form beschlossen werden, will die Opposition nach eigenen Angaben eine Normenkontrollklage prüfen lassen.
""")

# de 10: recipe with ingredient list, blank-line separated extractor output
doc("de", "extracted", "article", """
C Schwäbische Linsen mit Spätzle und Saitenwürstle
C Ein Klassiker aus Omas Küche, der am zweiten Tag noch besser schmeckt. Wichtig ist ein guter Schuss Essig zum Schluss, der macht die Linsen erst richtig rund.
B Foto: Anna Lechner
C Zubereitungszeit: 20 Minuten, Kochzeit: 45 Minuten
C Zutaten für 4 Personen
C! 250 g Alblinsen oder Tellerlinsen
C 1 Zwiebel
C 1 Bund Suppengrün
C 100 g durchwachsener Speck
C 2 EL Butter
C 2 EL Mehl
C 1 l Gemüsebrühe
C! 3 EL Rotweinessig
C 1 Lorbeerblatt
C Salz, Pfeffer, eine Prise Zucker
C! 4 Paar Saitenwürstle
C 500 g Spätzle, frisch oder getrocknet
C So wird's gemacht
C Die Linsen in einem Sieb abspülen. Zwiebel, Karotte und Sellerie aus dem Suppengrün fein würfeln, den Lauch in Ringe schneiden. Den Speck ebenfalls klein würfeln.
C Butter in einem Topf schmelzen, Speck und Zwiebel darin glasig dünsten. Das Mehl darüberstäuben und unter Rühren goldbraun anschwitzen, dann nach und nach die Brühe angießen.
C Linsen, Gemüse und Lorbeerblatt zugeben und alles zugedeckt 40 bis 45 Minuten köcheln lassen, bis die Linsen weich sind. Zwischendurch umrühren und bei Bedarf etwas Wasser nachgießen.
C Mit Essig, Salz, Pfeffer und Zucker abschmecken. Die Saitenwürstle in den letzten zehn Minuten im Linsentopf erwärmen. Dazu frische Spätzle servieren.
C Tipp: Wer es vegetarisch mag, lässt den Speck weg und röstet stattdessen etwas geräuchertes Paprikapulver mit an.
B Hat dir das Rezept geschmeckt? Dann bewerte es mit Sternen und zeig uns dein Ergebnis unter #omaskochbuch!
B Jeden Donnerstag neue Rezeptideen: Jetzt den Newsletter abonnieren.
""", blank=True)

# de 11: health explainer, teaser lines, glued ad marker, disclaimer, bio
doc("de", "extracted", "article", """
C Heuschnupfen: Was wirklich gegen Pollen hilft
C Die Nase läuft, die Augen jucken: Für Millionen Menschen beginnt im Frühjahr die anstrengendste Zeit des Jahres. Welche Mittel helfen und wann sich eine Hyposensibilisierung lohnt.
C Schon im Februar fliegen die ersten Hasel- und Erlenpollen, ab April folgt die Birke, im Sommer sind es vor allem Gräser. Wer auf mehrere Pflanzen allergisch reagiert, hat deshalb oft monatelang Beschwerden. Das Immunsystem stuft dabei eigentlich harmlose Eiweiße aus den Pollen als gefährlich ein und schüttet Botenstoffe wie Histamin aus.
C Antihistaminika als erste Wahl
C Gegen akute Beschwerden helfen Antihistaminika, die es als Tabletten, Nasenspray oder Augentropfen gibt. Neuere Wirkstoffe machen kaum noch müde und müssen nur einmal am Tag eingenommen werden. Bei stark verstopfter Nase empfehlen Ärztinnen und Ärzte zusätzlich ein kortisonhaltiges Nasenspray, das allerdings erst nach einigen Tagen seine volle Wirkung entfaltet.
B Auch interessant: Allergie oder Erkältung? So erkennen Sie den Unterschied
C Alltagstipps, die den Pollenkontakt verringern
C Abends die Haare waschen, damit die Pollen nicht ins Kopfkissen gelangen.
C! Straßenkleidung nicht im Schlafzimmer ausziehen.
C In der Stadt morgens lüften, auf dem Land eher abends.
C Nach längeren Ausflügen die Nase mit einer Salzlösung spülen.
C Wäsche bei hohem Pollenflug nicht im Freien trocknen.
C Im Auto einen Pollenfilter nutzen und die Fenster geschlossen halten.
C Ursache behandeln statt Symptome
C Die einzige Therapie, die an der Ursache ansetzt, ist die spezifische Immuntherapie, auch Hyposensibilisierung genannt. Dabei bekommen Betroffene über drei Jahre regelmäßig kleine Mengen des Allergens, als Spritze oder als Tablette unter die Zunge.
B+ Anzeige
C+ Bei vielen Patientinnen und Patienten bessern sich die Beschwerden danach deutlich, zudem sinkt das Risiko, später an Asthma zu erkranken. Beginnen sollte man im Herbst, also außerhalb der Pollensaison.
C Wann zum Arzt?
C Wer zum ersten Mal unter Heuschnupfen leidet, sollte beim Hausarzt oder bei einer Allergologin einen Allergietest machen lassen. Nur so lässt sich klären, welche Pollen die Beschwerden auslösen.
C Spätestens wenn Husten, pfeifende Atmung oder Atemnot dazukommen, sollte man nicht abwarten. Dann kann sich aus dem Heuschnupfen ein allergisches Asthma entwickeln, das frühzeitig behandelt werden muss.
B Dieser Artikel dient nur der allgemeinen Information und ersetzt keine ärztliche Beratung oder Behandlung.
B Dr. Sabine Wendt ist Fachärztin für Allgemeinmedizin und schreibt seit 2019 für unser Gesundheitsressort über Prävention und Alltagsmedizin.
""")

# de 12: e-bike forum thread as an extractor keeps it
doc("de", "extracted", "forum", """
C Akku lädt nur noch bis 80 Prozent – normal oder Defekt?
N pedelec_paul schrieb am 22.04.2024 um 10:15:
C Moin, mein Trekking-Pedelec ist jetzt gut drei Jahre alt und hat knapp 9.000 km auf der Uhr. Seit ein paar Wochen zeigt das Display nach dem Laden nur noch vier von fünf Balken an, und die Reichweite ist spürbar kürzer geworden. Im Winter stand das Rad in der unbeheizten Garage, den Akku habe ich aber immer mit in die Wohnung genommen.
C Lohnt sich ein Diagnose-Termin beim Händler oder ist das einfach normaler Verschleiß?
N radhilde schrieb am 22.04.2024 um 11:02:
C Nach drei Jahren und 9.000 km ist das ziemlich normal. Die Zellen verlieren mit jedem Ladezyklus ein wenig Kapazität, bei 80 Prozent Restkapazität würde ich mir noch keine Sorgen machen.
N pedelec_paul schrieb am 22.04.2024 um 11:20:
C! Klingt beruhigend, danke dir.
N Schrauber_Jens schrieb am 22.04.2024 um 13:47:
C Beim Händler kann man den Akku auslesen lassen, das kostet bei uns 15 Euro. Dann siehst du Ladezyklen und Restkapazität schwarz auf weiß. Wenn er unter 60 Prozent fällt, wird es Zeit für einen neuen.
C Und lade ihn, wenn du länger nicht fährst, nur auf etwa die Hälfte. Voll geladen lagern mögen die Zellen gar nicht.
N radhilde schrieb am 22.04.2024 um 14:05:
C! Das mit dem Lagern unterschreibe ich.
N pedelec_paul schrieb am 29.04.2024 um 18:30:
C Kurzes Update: Habe ihn auslesen lassen, 83 Prozent Restkapazität bei 310 Ladezyklen. Ich fahre also erst mal weiter und achte künftig aufs Lagern. Danke für die Tipps!
B Du musst angemeldet sein, um auf dieses Thema antworten zu können.
""")

# de 13: garden furniture product page as extracted text
doc("de", "extracted", "product", """
C Gartenbank „Hainbuche“ aus Robinienholz, 3-Sitzer
C! 429,00 € inkl. MwSt.
B Versandkostenfrei ab 75 € Bestellwert
C Massive Bank aus europäischem Robinienholz, das ohne chemischen Holzschutz viele Jahre im Freien stehen kann. Die breite Sitzfläche und die leicht geneigte Rückenlehne machen sie zum Lieblingsplatz für lange Sommerabende.
C Robinie gehört zu den dauerhaftesten Hölzern Europas. Mit der Zeit bekommt das Holz eine silbergraue Patina. Wer den warmen Farbton erhalten möchte, ölt die Bank einmal im Jahr mit einem pigmentierten Holzöl.
C Produktdetails
C Holzart: Robinie, FSC-zertifiziert
C Maße (B × T × H): 158 × 64 × 88 cm
C! Sitzhöhe: 45 cm
C Gewicht: 34 kg
C! Belastbarkeit: bis 360 kg
C Oberfläche: unbehandelt
C Farbe: Naturholz, vergraut mit der Zeit
C! Rückenlehne: 3 Querlatten, leicht geneigt
C Lieferung teilmontiert, Aufbau in etwa 20 Minuten mit dem beiliegenden Werkzeug
C Passend zur Bank bieten wir einen Tisch und zwei Sessel aus derselben Serie an. Alle Teile werden in unserer Partnerwerkstatt in Slowenien aus Stämmen aus nachhaltig bewirtschafteten Wäldern gefertigt.
N Artikelnummer: GB-158-ROB
N Lieferung per Spedition innerhalb von 5–8 Werktagen. Die Spedition meldet sich vorab telefonisch zur Terminabsprache.
B Frage zum Produkt stellen
B Passend dazu: Sitzauflage für 3-Sitzer, wetterfest, anthrazit
""")

# de 14: sports club department page; training times and fees are content
doc("de", "extracted", "service", """
C Schwimmabteilung des TSV Grünwinkel
C Wir bieten Schwimmkurse für Kinder ab fünf Jahren, Training für Jugendliche und Erwachsene sowie eine Wettkampfgruppe, die regelmäßig an Bezirksmeisterschaften teilnimmt. Neue Mitglieder sind jederzeit willkommen, ein Probetraining ist kostenlos.
C Trainingszeiten im Hallenbad Grünwinkel
C Montag 17:00–18:00 Uhr: Seepferdchen-Kurs (5–7 Jahre)
C Montag 18:00–19:30 Uhr: Jugendtraining
C! Mittwoch 17:30–18:30 Uhr: Bronze und Silber
C Mittwoch 20:00–21:30 Uhr: Erwachsene und Masters
C Freitag 16:30–18:30 Uhr: Wettkampfgruppe
C In den Schulferien findet kein Training statt. Ausnahmen gibt die Abteilungsleitung rechtzeitig per Aushang und E-Mail bekannt.
C Mitgliedsbeiträge
C! Kinder und Jugendliche bis 17 Jahre: 9 € im Monat
C Erwachsene: 14 € im Monat
C Familien: 28 € im Monat
C Einmalige Aufnahmegebühr: 15 €
C Für die Seepferdchen-Kurse ist keine Vereinsmitgliedschaft nötig. Ein Kurs mit zehn Terminen kostet 95 Euro, Geschwisterkinder zahlen 80 Euro.
C Ansprechpartnerin: Birgit Haller, Abteilungsleiterin, schwimmen@tsv-gruenwinkel.de
B Zuletzt aktualisiert am 03.09.2024
B Unsere Abteilung wird unterstützt von der Bäckerei Morlock und dem Autohaus Stengel. Vielen Dank!
""")

# ----------------------------------------------------------------- French --

# fr 01: regional daily, pedestrian town centre, full page
doc("fr", "page", "article", """
B Plouvenec : le centre-ville piéton le samedi dès juin - L'Écho de la Rance
B Aller au contenu principal
B L'Écho de la Rance
B Nous et nos partenaires utilisons des cookies pour mesurer l'audience, personnaliser les contenus et vous proposer des publicités adaptées. Vous pouvez modifier vos choix à tout moment.
B Accepter et fermer
B Continuer sans accepter
B S'abonner
B Actualités
B Plouvenec
B Pays de Rance
B Sports
B Économie
B Accueil › Plouvenec › Vie locale
C Plouvenec : le centre-ville interdit aux voitures tous les samedis à partir de juin
C La municipalité a tranché après six mois de concertation. L'expérimentation durera jusqu'à fin septembre et sera évaluée avec les commerçants.
B Par Élodie Le Gall
B Publié le 18/04/2024 à 17h05
B Lecture : 3 min
C Dès le samedi 1er juin, la rue de la Poissonnerie, la rue du Four et la place des Halles seront fermées à la circulation de 10 heures à 19 heures. Seuls les riverains munis d'un badge, les véhicules de secours et les livraisons avant 10 heures pourront y accéder.
C La décision a été votée en conseil municipal mardi soir par 21 voix contre 8. « Nous voulons rendre le cœur de ville aux piétons, au moins une journée par semaine », a expliqué le maire, Yannick Le Bihan, en rappelant que la fréquentation du marché du samedi a augmenté de près de 30 % en cinq ans.
C Des navettes gratuites depuis les parkings
C Pour compenser, la ville met en place une navette électrique gratuite entre le parking du Champ-de-Foire et la place des Halles, toutes les quinze minutes. Le parking de la gare, à dix minutes à pied, sera lui aussi gratuit le samedi pendant l'expérimentation.
C Du côté des commerçants, l'accueil est mitigé. « Pour les terrasses, c'est une bonne nouvelle », estime Gwenaëlle Morvan, qui tient une crêperie rue de la Poissonnerie. À quelques mètres, le gérant d'une quincaillerie s'inquiète : « Mes clients viennent chercher des sacs de terreau ou des outils. Ils ne vont pas les porter sur 500 mètres. »
C L'opposition municipale a voté contre. Son chef de file, Hervé Quéméner, regrette « une décision prise trop vite, sans étude sur les reports de circulation ». Il craint que les voitures se reportent sur le boulevard de la Rance, déjà saturé le samedi matin.
C Chez les habitants, la mesure divise moins. Sur le marché, mercredi matin, la plupart des clients interrogés se disaient prêts à laisser leur voiture au parking. « Le samedi, on tourne vingt minutes pour trouver une place, alors autant prendre la navette », résume Anne-Laure, venue de Saint-Méloir avec ses deux enfants.
C Pour les personnes à mobilité réduite, la ville promet dix places de stationnement réservées rue des Tanneurs, à l'entrée de la zone, ainsi qu'un service de voiturette électrique sur réservation auprès de l'office de tourisme.
C Une première en Bretagne nord ?
C D'autres villes de taille comparable ont déjà tenté l'expérience, avec des résultats contrastés. À Plouvenec, la mairie s'est inspirée d'une commune normande où les commerces du centre ont vu leur chiffre d'affaires du samedi progresser dès la deuxième année.
C En pratique
C Zone piétonne : rue de la Poissonnerie, rue du Four, place des Halles
C! Horaires : le samedi de 10 heures à 19 heures, du 1er juin au 28 septembre
C Navette gratuite : départ du Champ-de-Foire toutes les 15 minutes
C Un bilan sera présenté en conseil municipal en octobre, avant une éventuelle pérennisation du dispositif.
B Partager
B Facebook
B Copier le lien
B À lire aussi
B Plouvenec : les travaux du quai prendront du retard
B Marché de Noël : la ville cherche de nouveaux exposants
B Pays de Rance : les bus gratuits le week-end dès cet été
B Newsletter Pays de Rance
B Recevez chaque matin l'essentiel de l'actualité de votre secteur, gratuitement.
B Je m'inscris
B Qui sommes-nous ?
B Nous contacter · Publicité · Mentions légales · Politique de confidentialité · Gérer mes cookies
B © L'Écho de la Rance 2024. Tous droits réservés.
""")

# fr 02: recipe with ingredient list, blank-line separated extractor output
doc("fr", "extracted", "article", """
C Tarte fine aux poireaux, chèvre et noisettes
C Une tarte express pour les soirs de semaine, croustillante et fondante à la fois. Les noisettes torréfiées apportent du croquant et se marient très bien avec la douceur des poireaux.
B Photo : Camille Perrot
C! Préparation : 15 min | Cuisson : 30 min | Pour 4 personnes
C Ingrédients
C 1 pâte feuilletée
C 3 poireaux moyens
C! 150 g de chèvre frais
C 2 œufs
C 10 cl de crème fraîche
C 40 g de noisettes
C 1 cuillère à soupe d'huile d'olive
C Sel, poivre, quelques brins de thym
C Préparation
C Préchauffez le four à 200 °C. Nettoyez les poireaux, coupez-les en fines rondelles et faites-les fondre 10 minutes dans une poêle avec l'huile d'olive, à feu moyen, en remuant souvent.
C Étalez la pâte dans un moule à tarte et piquez le fond à la fourchette. Dans un bol, battez les œufs avec la crème, émiettez-y la moitié du chèvre, salez et poivrez.
C Répartissez les poireaux sur la pâte, versez l'appareil par-dessus puis ajoutez le reste du chèvre en petits morceaux. Concassez grossièrement les noisettes et parsemez-les sur la tarte avec le thym.
C Enfournez pour 25 à 30 minutes, jusqu'à ce que la tarte soit bien dorée. Servez tiède avec une salade verte.
B Vous avez aimé cette recette ? Notez-la et partagez-la avec vos amis !
B À lire aussi : nos idées de quiches pour le printemps
""", blank=True)

# fr 03: town events agenda; the event items are content
doc("fr", "page", "listing", """
B Agenda des sorties - Ville de Saint-Aubin-des-Landes
B Menu
B Rechercher
B Ville de Saint-Aubin-des-Landes
B Ma mairie
B Démarches
B Enfance et jeunesse
B Culture et loisirs
B Environnement
B Agenda
B Vous êtes ici : Accueil > Culture et loisirs > Agenda
C Agenda des sorties
C Concerts, expositions, animations pour les enfants : retrouvez toutes les manifestations organisées à Saint-Aubin et dans les communes voisines ce mois-ci.
B Filtrer par catégorie
B Concerts
B Expositions
B Jeune public
B Filtrer
C! Samedi 8 juin, 20 h 30
C Concert du chœur Voix de Loire
C Église Saint-Aubin · Entrée libre, participation au chapeau
C Le chœur présente son nouveau programme autour des chansons de marins et des chants traditionnels de Bretagne et de Vendée.
B Ajouter à mon agenda
C Du 10 au 29 juin
C Exposition « Les Landes en photos »
C Médiathèque Jules-Verne · Aux horaires d'ouverture
C Quarante photographies réalisées par les membres du club photo de la commune, des marais au bocage.
B Ajouter à mon agenda
C Mercredi 12 juin, 15 h
C Heure du conte : histoires d'animaux de la ferme
C! Médiathèque Jules-Verne · Dès 4 ans · Gratuit sur inscription
B Ajouter à mon agenda
C Dimanche 16 juin, de 8 h à 18 h
C Vide-greniers du comité des fêtes
C Place de la Mairie et rue des Écoles · Restauration sur place
C Plus de 120 exposants attendus. Inscriptions des exposants en mairie jusqu'au 7 juin, 3 euros le mètre linéaire.
B Ajouter à mon agenda
C Vendredi 21 juin, à partir de 19 h
C Fête de la musique
C Centre-bourg · Gratuit
C Scène ouverte aux groupes locaux sur le parvis de la mairie, suivie d'un bal populaire.
B Ajouter à mon agenda
C Samedi 29 juin, 14 h
C Balade nature : les oiseaux du marais
C Départ du parking de l'étang · Gratuit · Prévoir des bottes
C Une sortie de deux heures avec un animateur de la Ligue pour la protection des oiseaux, jumelles fournies.
B Ajouter à mon agenda
B Vous organisez un événement ? Proposez-le en remplissant notre formulaire en ligne.
B Page précédente
B Page suivante
B Mairie de Saint-Aubin-des-Landes
B 2 place de la Mairie, 44170 Saint-Aubin-des-Landes
B Du lundi au vendredi de 9 h à 12 h et de 14 h à 17 h 30
B Plan du site | Accessibilité : partiellement conforme | Mentions légales | Données personnelles
""")

# fr 04: consumer finance explainer, byline, glued ad label, newsletter, bio
doc("fr", "extracted", "article", """
B Par Thomas Renaud, publié le 12/07/2024 à 08h30
C Assurance habitation : six pistes pour faire baisser sa prime sans perdre en garanties
C Les tarifs de l'assurance habitation ont encore augmenté cette année. Avant de résilier, quelques vérifications simples permettent souvent d'économiser plusieurs dizaines d'euros.
C Vérifier le capital mobilier déclaré
C Lors de la souscription, on estime souvent la valeur de ses biens à la louche. Or un capital mobilier surévalué fait grimper la cotisation sans raison. Faites l'inventaire des objets de valeur, conservez les factures et ajustez le montant si vous avez revendu des meubles ou du matériel depuis.
C Augmenter la franchise
C Passer d'une franchise de 150 à 300 euros peut réduire la prime annuelle de manière sensible. C'est intéressant si vous déclarez rarement des sinistres, mais prévoyez de pouvoir assumer ce montant en cas de dégât des eaux.
C Attention toutefois : une hausse de franchise ne vaut que si l'économie annuelle est réelle. Si elle ne dépasse pas quelques euros, le jeu n'en vaut pas la chandelle.
C Supprimer les doublons
C Beaucoup d'assurés paient deux fois pour la même protection. La responsabilité civile est souvent déjà incluse dans la multirisque habitation, et l'assistance scolaire fait parfois partie de la carte bancaire.
B+ Publicité
C+ Relisez vos contrats annexes avant de souscrire une option supplémentaire.
C Regrouper ses contrats
C Les assureurs accordent fréquemment une remise lorsqu'on réunit habitation et auto chez eux. Comparez toutefois le prix total : la remise ne compense pas toujours un tarif de base plus élevé.
B Lire aussi : Dégât des eaux, les bons réflexes pour être bien indemnisé
C Adapter les garanties à son logement
C Un locataire d'un studio n'a pas besoin des mêmes garanties que le propriétaire d'une maison avec jardin. Vérifiez par exemple si la garantie piscine ou dépendances vous concerne, et supprimez-la si ce n'est pas le cas.
C Faire jouer la concurrence
C Depuis la loi Hamon, un contrat d'assurance habitation peut être résilié à tout moment après un an, sans frais. Le nouvel assureur se charge des démarches. Demandez au moins trois devis en précisant exactement les mêmes garanties, sinon la comparaison n'a pas de sens.
C Avant de changer, relisez aussi les exclusions du nouveau contrat : une prime plus basse cache parfois des plafonds d'indemnisation plus faibles.
B Recevez gratuitement notre lettre Argent & Placements chaque mardi : inscrivez-vous en un clic.
B Thomas Renaud est journaliste spécialisé en consommation et en finances personnelles. Il a rejoint la rédaction en 2016.
""")

# fr 05: cheese shop product page; price, weights and specs are content
doc("fr", "page", "product", """
B Comté fruité 24 mois - La Fromagerie des Halles
B Livraison offerte dès 60 € d'achat · Expédition sous 48 h en colis réfrigéré
B La Fromagerie des Halles
B Rechercher un produit
B Mon compte
B Panier
B Fromages
B Crèmerie
B Épicerie fine
B Plateaux et coffrets
B Nos producteurs
B Accueil / Fromages / Pâtes pressées cuites
C Comté AOP fruité, affiné 24 mois
C Un comté de garde à la pâte dense et légèrement cristallisée, aux arômes de noisette grillée, de beurre noisette et de fruits secs.
N 4,8/5 · 37 avis
C! 24,90 € la pièce de 500 g
C! Soit 49,80 € le kilo
C Poids
C 250 g
C 500 g
C 1 kg
B Quantité
B Ajouter au panier
B Paiement sécurisé par carte bancaire
C Description
C Ce comté est fabriqué en fruitière dans le Haut-Doubs avec le lait cru de vaches montbéliardes nourries à l'herbe et au foin. Il est ensuite affiné lentement pendant deux ans dans une cave où il est retourné et frotté régulièrement.
C À servir à température ambiante, en fin de repas ou à l'apéritif avec un vin jaune ou un vin blanc du Jura.
C Caractéristiques
C! Lait : vache, cru, entier
C Région : Franche-Comté
C Affinage : 24 mois minimum
C Conservation : entre 4 et 8 °C, dans son papier d'origine
C Allergènes : lait
C Découpé à la commande et conditionné sous vide.
C Le mot du fromager
C « Nous choisissons nos meules directement à la fromagerie, trois fois par an. Celle-ci a été sélectionnée pour son équilibre entre le fruité et une pointe de sel. » — Jérôme, maître affineur
B Avis clients
N Excellent, très fruité, exactement comme chez notre fromager à Besançon. Livraison parfaite. — Martine, 14/02/2024
N Un peu trop salé à mon goût mais belle texture. — Pierre-Yves, 02/01/2024
B Voir tous les avis
B Vous aimerez aussi
B Morbier au lait cru
B 8,40 €
B Mont d'Or AOP, boîte de 500 g
B 19,50 €
B Depuis 1987, La Fromagerie des Halles sélectionne ses fromages auprès de petits producteurs fermiers et les affine dans ses propres caves, au cœur de Lyon.
B Livraison et retours · Conditions générales de vente · Mentions légales · Nous contacter
B © 2024 La Fromagerie des Halles
""")

# ---------------------------------------------------------------- Spanish --

# es 01: regional football, dateline byline, glued ad label, box score
doc("es", "extracted", "article", """
B Redacción Deportes | Actualizado el 2 de junio de 2024, 22:47
C El CD Vallesur asciende a Segunda Federación tras ganar en la tanda de penaltis
C El conjunto de Ramiro Calvo se impuso al Atlético Olivar por 4-2 desde los once metros, después de un partido que terminó 1-1 tras la prórroga.
C Más de 3.000 aficionados llenaron el estadio municipal de Los Pinares para asistir a una final que se decidió en el último suspiro. El Vallesur, que había perdido la eliminatoria de ascenso en las dos temporadas anteriores, por fin pudo celebrar.
C El Atlético Olivar se adelantó en el minuto 23 con un cabezazo de Iker Sanmartín tras un saque de esquina. Los locales tardaron en reaccionar, pero tras el descanso encerraron a su rival y encontraron el empate a falta de diez minutos gracias a un disparo lejano de Dani Robles que se coló por la escuadra.
B+ Publicidad
C+ En la prórroga ninguno de los dos equipos quiso arriesgar y todo se decidió en los penaltis. El portero Álex Morcillo detuvo los lanzamientos de Sanmartín y Quintero, y Robles transformó el definitivo.
C «Este ascenso es de la gente del pueblo, que ha estado con nosotros también en los años malos», dijo Calvo en zona mixta, todavía con la camiseta empapada.
C El técnico, que llegó al banquillo hace tres temporadas procedente del juvenil, dedicó el triunfo a Luengo, el capitán, que con 36 años disputaba probablemente su último partido oficial.
C La fiesta se trasladó después a la plaza del Ayuntamiento, donde cientos de vecinos esperaban al autobús del equipo pasada la medianoche. El alcalde anunció una recepción oficial para el próximo viernes.
C Con el ascenso, el Vallesur jugará por primera vez en su historia en la cuarta categoría del fútbol español. La directiva ya trabaja en la adecuación del estadio, que deberá ampliar su iluminación para cumplir con los requisitos de la competición.
B Te puede interesar: El Vallesur renueva a su entrenador hasta 2026
C El Atlético Olivar, por su parte, tendrá una segunda oportunidad en la repesca dentro de dos semanas ante el perdedor de la otra final del grupo.
C Ficha técnica
C CD Vallesur: Morcillo; Ortega, Luengo, Bermejo, Pardo; Robles, Casas, Nieto (Gil, 78'); Ferrer, Sosa y Medina.
C Atlético Olivar: Rueda; Prieto, Sanmartín, Lozano, Vidal; Quintero, Arias, Campos; Benítez (Salas, 65'), Ruiz y Montero.
C! Goles: 0-1, min. 23, Sanmartín. 1-1, min. 81, Robles.
C Árbitro: Jorge Castaño Peña. Amonestó a Bermejo, Casas, Lozano y Campos.
B Suscríbete a nuestro boletín de deportes y recibe cada lunes los resultados de la jornada.
""")

# es 02: municipal library service page; opening hours are content
doc("es", "page", "service", """
B Biblioteca Municipal El Molino | Ayuntamiento de Valdelosa
B Saltar al contenido
B Ayuntamiento de Valdelosa
B Sede electrónica
B Cita previa
B El Ayuntamiento
B Servicios
B Cultura
B Turismo
B Contacto
B Buscar
B Inicio > Cultura > Bibliotecas
C Biblioteca Municipal El Molino
C La biblioteca ocupa desde 2009 el antiguo molino harinero junto al río y cuenta con más de 28.000 documentos, una sala infantil, una zona de estudio con 60 puestos y acceso gratuito a internet.
C Horario
C! Lunes a viernes: 9:00 a 21:00
C Sábados: 10:00 a 14:00
C! Domingos y festivos: cerrado
C Del 1 de julio al 31 de agosto: de lunes a viernes, de 8:30 a 14:30
C Durante la época de exámenes (enero y mayo-junio) la sala de estudio abre también los sábados por la tarde y los domingos de 10:00 a 20:00.
C Servicios
C Préstamo de libros, revistas, películas y audiolibros
C Préstamo de lectores de libros electrónicos
C Wifi gratuito y ordenadores de uso público
C Club de lectura para adultos, el primer jueves de cada mes
C Cuentacuentos infantil, los miércoles a las 18:00
C Cómo hacerse socio
C El carné de lector es gratuito. Solo hay que presentar el DNI o NIE y rellenar la solicitud en el mostrador. Los menores de 14 años necesitan la autorización de su padre, madre o tutor. Con el carné se pueden llevar hasta seis documentos durante 21 días, prorrogables una vez si nadie los ha reservado.
C Dirección y contacto
C Paseo del Molino, 4 · 28950 Valdelosa
C Teléfono: 918 112 340
C biblioteca@valdelosa.es
C La biblioteca está a cinco minutos a pie de la parada de autobús Plaza Mayor (líneas 2 y 5). Dispone de aparcamiento para bicicletas en la entrada.
B Imprimir
B Compartir
B ¿Le ha resultado útil esta información?
B Sí
B No
B Última actualización: 15/01/2024
B Plaza de España, 1 · 28950 Valdelosa · Tel. 918 112 300
B Aviso legal · Política de privacidad · Accesibilidad · Mapa web
B Este sitio web utiliza cookies propias y de terceros para mejorar su experiencia de navegación y realizar tareas de análisis. Si continúa navegando, consideramos que acepta su uso.
B Más información
B Aceptar
""")

# es 03: travel forum thread, short replies, user/date lines neutral
doc("es", "extracted", "forum", """
C Camino desde Sarria con niños de 8 y 11 años: ¿alguna experiencia?
N Mensaje de lucia_bcn » 12 Mar 2024 21:40
C Hola. Estamos pensando en hacer los últimos 100 km del Camino Francés en Semana Santa con nuestros hijos, de 8 y 11 años. Andan bien por el monte, pero nunca han encadenado tantos días seguidos. ¿Cuántas etapas nos recomendáis? ¿Es mejor reservar los albergues o ir sobre la marcha?
N Mensaje de peregrino_vigo » 12 Mar 2024 22:15
C Nosotros lo hicimos con un niño de nueve años en siete etapas en lugar de las cinco habituales, de unos 15 km al día. Llegábamos a mediodía, comíamos tranquilos y por la tarde había tiempo para la piscina o para jugar. Yo no lo haría más rápido.
C En Semana Santa reservad sí o sí. Hay muchísima gente y con niños no queréis llegar a las tres de la tarde y encontraros todo lleno.
N Mensaje de lucia_bcn » 12 Mar 2024 22:31
C! Siete etapas suena mucho más razonable.
N Mensaje de Carmen_Ourense » 13 Mar 2024 08:05
C Un consejo práctico: botas ya usadas, nada de estrenar, y calcetines de repuesto en la mochila pequeña. Las ampollas son lo que más desanima a los críos. Y dejad que cada uno lleve su credencial y la vaya sellando, a los míos les encantaba.
N Mensaje de peregrino_vigo » 13 Mar 2024 09:20
C! Lo de la credencial funciona siempre.
N Mensaje de lucia_bcn » 13 Mar 2024 13:47
C! Mil gracias, ya estamos reservando.
B Tienes que iniciar sesión para responder a este tema.
""", blank=True)

# es 04: book magazine category page; the review teasers are the content
doc("es", "page", "collection", """
B Reseñas de novela negra - Página Abierta, revista de libros
B Ir al contenido
B Página Abierta
B Revista de libros y lectores
B Novedades
B Reseñas
B Entrevistas
B Hazte socio
B Buscar…
B Inicio » Reseñas » Novela negra
C Novela negra
C Crímenes, investigadores cansados y ciudades con secretos. Estas son nuestras últimas reseñas del género, escritas por el equipo de la revista y por colaboradores.
C «La marea de Cádiz», de Elena Robles Vidal
C Una inspectora recién trasladada investiga la desaparición de un pescador en pleno temporal. Robles construye una trama sólida y un retrato muy vivo de la ciudad en invierno.
N Por Marta Gil · 3 de mayo de 2024 · ★★★★☆
B Leer reseña
C «Nadie pregunta en Lavapiés», de Óscar Medina
C La segunda entrega de la serie del periodista Julián Mora gana en ritmo lo que pierde en sorpresa. Ideal para quien ya leyó la primera.
N Por Andrés Vela · 22 de abril de 2024 · ★★★☆☆
B Leer reseña
C «El último tren a Canfranc», de Pilar Ezquerra
C Una novela coral ambientada en la estación internacional durante la posguerra, con contrabandistas, espías y un asesinato en el andén. De lo mejor del año.
N Por Marta Gil · 9 de abril de 2024 · ★★★★★
B Leer reseña
C «Sal y ceniza», de Iñaki Larrea
C Un thriller rural en un caserío vizcaíno que no termina de despegar. Buena atmósfera, pero el desenlace se ve venir desde muy lejos.
N Por Raúl Fuentes · 28 de marzo de 2024 · ★★☆☆☆
B Leer reseña
C «Cuaderno de una forense», de Teresa Aldama
C Relatos breves basados en casos reales de una médica forense ya jubilada. Duro a ratos, pero escrito con enorme humanidad.
N Por Andrés Vela · 15 de marzo de 2024 · ★★★★☆
B Leer reseña
B Página 1 de 4
B Siguiente »
B Lo más leído
B Diez novelas para leer este verano
B Entrevista: «Escribo de noche y corrijo de día»
B Boletín
B Cada viernes, las novedades de la semana y una selección de reseñas en tu correo.
B Suscribirme
B Página Abierta es una revista independiente editada por una asociación cultural sin ánimo de lucro. Solo reseñamos libros que hemos leído de principio a fin.
B Aviso legal · Política de cookies · Contacto
B © 2024 Página Abierta
""")

# es 05: library documentation, function reference with code lines
doc("es", "extracted", "documentation", """
C Referencia: la función calcular_tarifa()
C Calcula el importe de un trayecto a partir de la distancia, la franja horaria y los suplementos aplicables. Es la función principal del paquete y la que usan internamente los demás módulos.
C Firma
C calcular_tarifa(distancia_km, hora, suplementos=None, redondeo="centimo")
C Parámetros
C! distancia_km (float): distancia del trayecto en kilómetros. Debe ser mayor que cero.
C hora (datetime): momento de inicio del trayecto. Determina si se aplica la tarifa diurna o la nocturna.
C suplementos (list[str], opcional): lista de suplementos, por ejemplo "aeropuerto" o "equipaje". Por defecto no se aplica ninguno.
C redondeo (str, opcional): "centimo" o "decimo". Indica cómo se redondea el importe final.
C Valor devuelto
C Un objeto Tarifa con los atributos importe, desglose y moneda.
C Ejemplo
C from datetime import datetime
C from tarifa import calcular_tarifa
C t = calcular_tarifa(12.4, datetime(2024, 5, 3, 23, 15), suplementos=["aeropuerto"])
C print(t.importe)
C 24.85
C Excepciones
C Lanza ValueError si distancia_km es negativa o cero, y SuplementoDesconocido si algún elemento de suplementos no figura en la tabla de la zona configurada.
B Siguiente: Configuración de zonas
B © Copyright 2024, el equipo de tarifa. Creado con Sphinx 7.2.
""")

# ---------------------------------------------------------------- English --

# en 01: 3D printing forum thread; short replies content, names/dates neutral
doc("en", "page", "forum", """
B First layer not sticking after nozzle swap (PEI sheet) - Troubleshooting - Layerline Community
B Skip to main content
B Layerline Community
B Categories
B Latest
B Top
B Log In
B Sign Up
B Troubleshooting
B Adhesion
C First layer won't stick to textured PEI since I swapped the nozzle
N bramble_works
N Mar 12
C Hi all. Last week I replaced the stock 0.4 brass nozzle with a hardened steel one so I can print some carbon-filled nylon later. Since then PLA won't stick to my textured PEI sheet at all. The skirt curls up at the corners and the first layer of anything bigger than a coin drags around with the nozzle.
C What I've tried so far:
C Cleaned the sheet with dish soap and hot water
C Re-ran the auto bed leveling twice
C Raised the bed temperature from 60 to 65 °C
C Slowed the first layer down to 20 mm/s
C! Nothing helped. Any ideas?
B 5 replies · 412 views
N hex_and_hotend
N Mar 12
C Did you redo your Z offset? Steel nozzles are often a bit longer than brass ones, so the old offset leaves the nozzle too high. Do a live adjust on a big square and lower it until the lines squish together.
C! Also steel conducts heat worse, so bump the nozzle temperature by 5 to 10 degrees.
N bramble_works
N Mar 12
C! That was it, the Z offset.
C Lowered it by 0.08 mm and the first layer looks perfect now. Thanks!
N filament_fran
N Mar 13
C! Good to know about the longer nozzle.
N hex_and_hotend
N Mar 13
C If you switch between brass and steel a lot, save a separate printer profile for each nozzle with its own Z offset and temperatures. Saves you from this exact headache.
B Reply
B Related topics
B PETG stringing on long travel moves
B 14
B Feb 28
B Warped corners on ABS despite an enclosure
B 9
B Mar 3
B Layerline Community is run by volunteers. It is an independent forum and is not affiliated with any printer manufacturer.
B Terms of Service · Privacy Policy · Community Guidelines
""")

# en 02: local democracy report, byline, glued ad marker, read-more, pitch
doc("en", "extracted", "article", """
B By Megan Aldous, Local Democracy Reporter
C Council approves £4.2m plan to bring full fibre to 14 rural villages
C Homes in some of the county's most poorly connected villages could have gigabit broadband by the end of next year after councillors backed a £4.2 million rollout.
C The scheme, agreed at Tuesday's cabinet meeting, will see fibre laid to around 2,300 properties in the north of the district that are currently stuck with speeds below 10 megabits per second. The council will contribute £1.5 million, with the remainder coming from a regional connectivity fund and the contractor.
C Cabinet member for the economy Rachel Ashdown said poor connections had become "a real barrier" for families and small businesses. "We have farms that can't submit paperwork online and children doing homework on their parents' phones in the car park of the village hall," she said.
B+ Advertisement
C+ Work is expected to begin in the spring, starting with Great Marston, Ashby Fold and Lower Coldwell. Residents will not have to pay for the connection to their property but will need to sign up with an internet provider to use the service.
B Read more: Village hall to become community hub after £80,000 refurbishment
C The contractor has said it expects to connect around 150 homes a month once work is under way, with the most remote farms likely to be last because of the length of cable needed.
C Opposition councillors welcomed the plan but questioned why it had taken so long. Councillor Mark Ellery said residents had been promised better broadband "at every election since 2015".
C Ashby Fold resident Tom Whitlock, who runs a small joinery business from his barn, said he had been uploading drawings to customers from a lay-by on the main road where the mobile signal was strongest. "I'll believe it when the engineers turn up, but this would change everything for us," he said.
C A full list of the villages and a timetable will be published on the council's website next month, a spokesperson said.
C Properties that are not included in the scheme can still apply for a government voucher to help with the cost of a connection. The council has set up a helpline for residents who are unsure whether they qualify.
C The decision will be formally ratified at a meeting of the full council on 22 February.
B Sign up to our free daily newsletter for the latest news from across the county, straight to your inbox.
""")

# en 03: software documentation, configuration reference with YAML lines
doc("en", "page", "documentation", """
B Configuration reference — quayd 1.8 documentation
B Skip to content
B quayd v1.8
B Search docs
B Getting started
B Installation
B Quick start
B Guides
B Serving static sites
B TLS certificates
B Reverse proxy
B Reference
B Configuration reference
B Command-line flags
B Changelog
B Docs › Reference
C Configuration reference
C quayd reads its configuration from a single YAML file, by default /etc/quayd/quayd.yaml. Every key below is optional unless marked as required. Unknown keys make quayd refuse to start, which catches most typos early.
C listen
C! The address and port to listen on. Required.
C listen: "0.0.0.0:8080"
C root
C The directory to serve files from. Paths are resolved relative to the configuration file, not to the working directory.
C root: ./public
C index
C! A list of file names to try when a directory is requested. Default: ["index.html"].
C cache_control
C The value of the Cache-Control header for all responses. Override it per path in the rules section below. Default: "no-cache".
C rules
C A list of path patterns with settings that override the global ones. The first matching rule wins.
C rules:
C - match: "/assets/*"
C cache_control: "public, max-age=31536000, immutable"
C - match: "/api/*"
C proxy: "http://127.0.0.1:9000"
C Note: changes to the configuration file are picked up on SIGHUP, so there is no need to restart the server.
C Minimal example
C A configuration that serves a built site and sends API calls to a local backend:
C listen: "127.0.0.1:8080"
C root: ./dist
C rules:
C - match: "/api/*"
C proxy: "http://127.0.0.1:3000"
B Edit this page
B Previous: Command-line flags
B Next: Changelog
B Was this page helpful?
B Yes
B No
B © 2024 The quayd authors. Released under the Apache 2.0 license.
""")

# en 04: flats to rent, search results as extracted text; items are content
doc("en", "extracted", "listing", """
C Flats to rent in Leith, Edinburgh
N 38 properties available
C 2 bedroom flat to rent, Ferry Road, Edinburgh EH6
C! £1,250 pcm (£288 pw)
C Bright second-floor flat with a large bay-windowed living room, modern kitchen and shared back green. Available from 1 July, unfurnished. EPC rating C.
N Added on 14/06/2024 by Harbour Lettings
C 1 bedroom flat to rent, Great Junction Street, Edinburgh EH6
C! £925 pcm (£213 pw)
C Compact top-floor flat in a traditional tenement, recently redecorated. Gas central heating and double glazing. Would suit a single professional. No pets.
N Added on 12/06/2024 by Northside Property
C 3 bedroom flat to rent, Constitution Street, Edinburgh EH6
C £1,795 pcm (£414 pw)
C Spacious furnished flat over two levels with two bathrooms and a private roof terrace overlooking the Shore. HMO licence in place for three sharers.
N Added on 10/06/2024 by Harbour Lettings
C Studio flat to rent, Easter Road, Edinburgh EH7
C! £780 pcm (£180 pw)
C Studio with a separate kitchen area and shower room, close to bus routes into the city centre. Council tax band A.
N Added yesterday by Capital Rooms
B Save this search and get email alerts when new properties are added.
""")


# ---------------------------------------------------------------------------
# Build
# ---------------------------------------------------------------------------

def build(lang, num, d):
    """One record: make_blind_eval's pipeline with this set's id and source."""
    doc_id = "holdout-%s-%02d" % (lang, num)
    return blind.record(doc_id, SOURCE, "test", lang, "", d)[0]


def check_mix(docs):
    """The set's make-up: counts, both tasks per language, all page types."""
    for lang in blind.LANGS:
        assert len(docs[lang]) == EXPECTED[lang], (lang, len(docs[lang]))
        n_page = sum(1 for d in docs[lang] if d["task"] == "page")
        n_ext = len(docs[lang]) - n_page
        assert abs(n_page - n_ext) <= 1, (lang, n_page, n_ext)
    types = {d["page_type"] for lang in blind.LANGS for d in docs[lang]}
    assert types == set(blind.PAGE_TYPES), types


def main():
    check_mix(blind.DOCS)
    os.makedirs(OUT_DIR, exist_ok=True)
    summary = []
    for lang in blind.LANGS:
        recs = [build(lang, i + 1, d) for i, d in enumerate(blind.DOCS[lang])]
        ids = [r["id"] for r in recs]
        assert len(set(ids)) == len(ids), ids
        path = os.path.join(OUT_DIR, "%s.jsonl" % lang)
        n_keep, n_drop = blind.write_jsonl(path, recs)
        summary.append("%s: %d docs, %d keep, %d drop -> %s" % (
            lang, len(recs), n_keep, n_drop, os.path.relpath(path, ROOT)))
    print("\n".join(summary))


if __name__ == "__main__":
    sys.exit(main())
