#!/usr/bin/env python3
"""Build the third hand-written training batch for deboil.

Writes tests/data/train/de3.jsonl: 24 German documents, in the JSON Lines
format of the eval sets (id, source, split, task, lang, url, page_type, text,
keep, drop), with source "deboil-train", split "train" and ids
"train3-de-<nn>".

Every document below was written by hand for this batch; no text was copied
from the web, from a data set, from an eval set or from the earlier training
batches (scripts/make_train_set.py, scripts/make_train_set2.py), whose sites
and topics it avoids. Each document sits on a fictional site of its own
(host under the reserved ".example" TLD), because the trainer splits its
cross-validation folds by host.

The batch is German only and spreads over regions, registers and site
kinds: regional and national news, blogs (travel, garden, personal finance),
forums, shops, listings (used cars, adult education courses, apprenticeships,
a spa town's event calendar), collections, documentation (software manual,
wiki page with configuration, FAQ with steps) and service pages (town hall,
dental practice, law firm). About half of the documents are task
"extracted" (an article extractor's output with leftovers glued in or on
lines of their own), the rest full "page" renderings. Short content lines
(headings, list items, specs, prices, opening hours, dates and places) are
marked C! so that they get keep snippets, and a few content passages use
boilerplate words in earnest (cookie banners, ad blocking, legal notices),
so that word lists alone cannot tell the two apart.

The markup (C / B / N lines, C+ / B+ glued without a space, C~ / B~ glued
with one space, C! forced keep), the rendering and the deterministic snippet
rules are those of scripts/make_blind_eval.py, which is imported as a module
and reused unchanged; only the record id, source, split and url differ.

Run from the repository root:

    python3 scripts/make_train_set3.py
"""

import written_sets

LANGS = ("de",)
EXPECTED = {"de": 24}


M = written_sets.machinery()
SITED = written_sets.Sited(M, LANGS)
doc = SITED.doc


def main():
    # about half of the batch is extracted text; one host per document
    written_sets.write_training_set(M, SITED, EXPECTED, "train3", "3",
                                    (0.45, 0.6), 1,
                                    written_sets.check_forced_keeps)


# ---------------------------------------------------------------------------
# Documents
# ---------------------------------------------------------------------------

# ----------------------------------------------------------------- German --

# de 01: regional weekly, new bus timetable in Upper Lusatia, full page
doc("de", "page", "article",
    "https://www.kreisbote-oberlausitz.example/lokales/bautzen/"
    "plusbus-112-ab-juni-im-stundentakt-a48213", """
B PlusBus 112: Ab Juni jede Stunde nach Wendischbach | Kreisbote Oberlausitz
B Zum Inhalt springen
B Diese Website nutzt Cookies und vergleichbare Technologien. Einige sind technisch notwendig, andere helfen uns, Inhalte und Anzeigen für Sie auszuwählen. Ihre Auswahl können Sie jederzeit unter „Privatsphäre“ im Seitenfuß ändern.
B Alle akzeptieren
B Nur notwendige
B Einstellungen
B Kreisbote Oberlausitz
B E-Paper
B Abo
B Login
B Lokales
B Bautzen
B Görlitz
B Löbau
B Zittau
B Kamenz
B Sachsen
B Sport
B Kultur
B Kleinanzeigen
B Startseite › Lokales › Bautzen
C PlusBus 112: Ab Juni fährt der Bus jede Stunde nach Wendischbach
C Nach jahrelangem Streit über den Fahrplan bekommen die Dörfer im Süden des Landkreises eine verlässliche Busverbindung. Auch am Wochenende soll der Bus fahren – allerdings seltener.
B Von Jana Wukasch
B 22.04.2025, 17:45 Uhr
B Lesezeit 4 Minuten
C Wer bisher von Wendischbach nach Bautzen wollte, brauchte entweder ein Auto oder viel Geduld. Der letzte Bus am Nachmittag fuhr um 16.10 Uhr, in den Ferien fielen mehrere Verbindungen ganz aus. Ab dem 2. Juni soll sich das ändern.
C Dann wird die bisherige Linie 112 zum PlusBus. Montags bis freitags fahren die Busse zwischen 5 und 21 Uhr im Stundentakt, samstags und sonntags alle zwei Stunden. Der Kreistag hat die Umstellung am Montagabend mit großer Mehrheit beschlossen.
B Anzeige
C Mehrkosten von 640.000 Euro im Jahr
C Billig ist der dichtere Takt nicht. Der Landkreis rechnet mit zusätzlichen Kosten von rund 640.000 Euro pro Jahr, von denen der Freistaat etwa die Hälfte übernimmt. Die Verkehrsgesellschaft stellt dafür vier zusätzliche Fahrerinnen und Fahrer ein und schafft zwei neue Busse an.
C „Wir können nicht von den Leuten verlangen, das Auto stehen zu lassen, und ihnen dann einen Bus anbieten, der zweimal am Tag fährt“, sagte Kreisrätin Marlene Hentschel in der Debatte. Die Fraktion der Freien Wähler stimmte gegen die Vorlage und verwies auf die angespannte Haushaltslage.
C Auch Schülerinnen und Schüler profitieren. Bisher endete der Schulbusverkehr nach der sechsten Stunde, wer länger Unterricht oder eine Arbeitsgemeinschaft hatte, musste abgeholt werden. Künftig gibt es auch um 15.20 Uhr und um 16.20 Uhr Verbindungen ab dem Schulzentrum.
B Lesen Sie auch: Bahnhof Wilthen – wann kommt endlich der Aufzug?
C Das ändert sich ab 2. Juni
C! Montag bis Freitag: 5 bis 21 Uhr stündlich
C! Samstag, Sonntag und Feiertag: 7 bis 19 Uhr alle zwei Stunden
C! Neue Haltestelle „Rosenhain, Am Teich“
C! Anschluss in Bautzen an die Züge nach Dresden
C Die Haltestelle „Wendischbach, Mühle“ entfällt, weil die Zufahrt für die größeren Busse zu eng ist. Anwohner müssen künftig rund 300 Meter bis zur Dorfmitte laufen. Ortsvorsteher Gerd Lehmann will sich dafür einsetzen, dass dort wenigstens ein Rufbus hält.
C Die neuen Fahrpläne sollen ab Mitte Mai in den Bussen ausliegen und sind dann auch in der Fahrplanauskunft des Verkehrsverbunds abrufbar.
B Artikel teilen
B Facebook
B WhatsApp
B E-Mail
B Drucken
B Mehr aus Bautzen
B Spreebad öffnet später: Sanierung der Filteranlage dauert länger
B Frühjahrsmarkt auf dem Kornmarkt: Diese Straßen sind gesperrt
B Neue Kita in Kleinwelka: Eltern können sich jetzt anmelden
B Kommentare (7)
N kleinbauer_wb
N 22.04.2025, 19:02
N Endlich! Meine Tochter musste zwei Jahre lang jeden Tag mit dem Auto abgeholt werden. Jetzt noch ein Bus nach 21 Uhr, dann wäre es perfekt.
N R. Mietzsch
N 22.04.2025, 20:31
N Schön und gut, aber wer soll das auf Dauer bezahlen, wenn die Busse leer durch die Dörfer fahren?
B Alle Kommentare anzeigen
B Newsletter: Das Wichtigste aus der Oberlausitz jeden Morgen um 6 Uhr in Ihrem Postfach.
B Jetzt anmelden
B Impressum
B Datenschutz
B Privatsphäre
B AGB
B Mediadaten
B Kontakt
B © 2025 Kreisbote Oberlausitz Verlags-GmbH
""")

# de 02: extracted national news, cookie banners and consent services
doc("de", "extracted", "article",
    "https://www.bundesrundschau.example/digitales/cookie-banner-"
    "einwilligungsdienste-bilanz-id4471902.html", """
C Cookie-Banner: Warum die Klickerei trotz neuer Regeln bleibt
C Seit gut einem Jahr dürfen Websites Einwilligungen über anerkannte Dienste verwalten lassen. Genutzt wird das kaum. Eine Bilanz.
B Berlin. Von Tobias Renner | 08.04.2026, 07:30 Uhr | Lesezeit: 5 Min.
C Wer im Netz Nachrichten liest, ein Paar Schuhe bestellt oder den Wetterbericht abruft, kennt das Ritual: Bevor die Seite sichtbar wird, schiebt sich ein Fenster davor. „Alle akzeptieren“ steht dort meist auf einem großen, farbigen Knopf, „Ablehnen“ dagegen klein am Rand oder erst in den Einstellungen.
C Diese Cookie-Banner sollten eigentlich seltener werden. Die Idee der neuen Regeln: Nutzerinnen und Nutzer hinterlegen ihre Entscheidung einmal bei einem unabhängigen Dienst, etwa über eine Erweiterung im Browser. Websites, die sich anschließen, fragen diesen Dienst ab, statt jedes Mal selbst ein Banner einzublenden. Wer grundsätzlich keine Werbe-Cookies möchte, müsste das nur ein einziges Mal festlegen.
B Anzeige
C Bisher kaum ein Anbieter dabei
C Ein Jahr später ist von dieser Vision wenig zu sehen. Anerkannt ist bislang nur eine Handvoll Dienste, und große Nachrichtenportale und Onlineshops haben sich ihnen nach einer Umfrage unserer Redaktion bisher nicht angeschlossen.
C Der Grund liegt vor allem im Geld. Viele Verlage finanzieren ihre Angebote zu einem großen Teil über personalisierte Werbung. Wer einmal zentral ablehnt, ist für sie als Werbekunde verloren. „Niemand ist verpflichtet, mitzumachen. Also tut es auch kaum jemand“, sagt die Juristin Helene Brockhoff, die in Göttingen zu Datenschutzrecht forscht.
B Auch interessant: Datenschutz im Auto – was Ihr Wagen über Sie speichert
C Versteckte Ablehnen-Knöpfe werden seltener
C Bewegung gibt es dennoch, allerdings auf einem anderen Weg. Die Datenschutzbehörden mehrerer Länder haben Betreibern Fristen gesetzt, Banner umzubauen, bei denen „Ablehnen“ versteckt oder grau hinterlegt war. Nach ihrer Auffassung muss das Ablehnen genauso einfach sein wie das Zustimmen.
C Das zeigt Wirkung. Bei einer Stichprobe unter 200 häufig besuchten Seiten boten im Frühjahr 71 Prozent schon auf der ersten Ebene einen gleichwertigen Ablehnen-Knopf an. Zwei Jahre zuvor war es nur gut die Hälfte.
B~ Foto: Lea Sommerfeld/dpa
C Wer sich die Klickerei sparen will, hat schon heute Auswege. Browser-Erweiterungen können Banner automatisch beantworten und wählen dabei stets die sparsamste Option. Rechtlich zählt eine so erteilte Ablehnung genauso wie ein eigener Klick.
C Was Sie selbst tun können
C! Im Banner gezielt „Nur notwendige“ wählen
C! Cookies beim Schließen des Browsers löschen lassen
C! Erweiterungen nutzen, die Banner automatisch ablehnen
C Brockhoff hält eine Pflicht für Websites, sich anzuschließen, für überfällig. „Solange die Teilnahme freiwillig bleibt, wird das Banner nicht verschwinden. Bis dahin müssen wir eben zweimal hinschauen, bevor wir klicken.“
B Dieser Artikel erschien zuerst in der Wochenendausgabe der Bundesrundschau.
B~ Artikel teilen
""")

# de 03: extracted personal finance blog, checking the service charge bill
doc("de", "extracted", "article",
    "https://www.kassensturz-mit-kathrin.example/2024/10/"
    "nebenkostenabrechnung-pruefen-checkliste/", """
C Nebenkostenabrechnung prüfen: So habe ich 212 Euro zurückbekommen
C Jedes Jahr im Herbst liegt sie im Briefkasten, und jedes Jahr habe ich sie früher einfach bezahlt. Bis ich mir die Abrechnung zum ersten Mal wirklich genau angesehen habe.
B Veröffentlicht am 19. Oktober 2024 von Kathrin · 14 Kommentare
B Dieser Beitrag enthält Affiliate-Links. Wenn du darüber etwas kaufst, bekomme ich eine kleine Provision, für dich ändert sich am Preis nichts.
C Meine Wohnung in Halle hat 64 Quadratmeter, ich wohne dort seit fünf Jahren. Die Nachzahlung für 2023 lag bei 389 Euro, deutlich mehr als in den Jahren davor. Statt die Summe zähneknirschend zu überweisen, habe ich mir die Belege zeigen lassen. Das Ergebnis: Zwei Posten gehörten da gar nicht hin.
C Zuerst die Frist
C Der Vermieter muss die Abrechnung spätestens zwölf Monate nach Ende des Abrechnungszeitraums schicken, für das Jahr 2023 also bis zum 31. Dezember 2024. Kommt sie später, musst du in aller Regel nichts nachzahlen. Du selbst hast nach Erhalt ebenfalls zwölf Monate Zeit, Einwände zu erheben.
C Meine Checkliste
C! 1. Umfasst der Abrechnungszeitraum genau zwölf Monate?
C! 2. Ist die Wohnfläche richtig angegeben?
C! 3. Passt der Umlageschlüssel zum Mietvertrag?
C! 4. Tauchen Kosten auf, die gar nicht umlagefähig sind?
C! 5. Sind deine Vorauszahlungen vollständig abgezogen?
C Besonders der vierte Punkt lohnt sich. Reparaturen, Verwaltungskosten oder Rücklagen für die Instandhaltung darf der Vermieter nicht auf die Mieter umlegen. In meiner Abrechnung stand unter „Hauswart“ ein Betrag, der laut Beleg zur Hälfte für die Reparatur der Haustür gezahlt worden war.
B+ Anzeige
C~ Der zweite Fehler war unspektakulärer: Die Kosten für die Gartenpflege waren nach Wohnungen statt nach Fläche verteilt, obwohl im Mietvertrag etwas anderes steht. Für meine kleine Wohnung war das ein Nachteil.
C Belegeinsicht: So bin ich vorgegangen
C Du hast das Recht, die Originalbelege einzusehen, meist im Büro der Hausverwaltung. Ich habe per E-Mail einen Termin vereinbart und mir alles mit dem Handy abfotografiert. Das hat eine knappe Stunde gedauert und war viel weniger unangenehm, als ich dachte.
C Danach habe ich einen kurzen Brief geschrieben, die beiden Posten benannt und um eine korrigierte Abrechnung gebeten. Vier Wochen später kam sie, mit 212 Euro weniger Nachzahlung.
B Mein Tipp: Im Ratgeber „Wohnen ohne Ärger“* findest du alle Fristen auf einen Blick.
C Wenn du unsicher bist, kann ein Mieterverein helfen. Die Mitgliedschaft kostet je nach Stadt zwischen 5 und 10 Euro im Monat und umfasst meist auch die Prüfung der Nebenkostenabrechnung.
B Über mich: Ich bin Kathrin, 34, Sozialpädagogin und schreibe hier seit 2019 über Geld, Haushalt und kleine Sparerfolge.
B~ Hat dir der Beitrag geholfen? Dann teile ihn gern auf Pinterest!
""")

# de 04: extracted family travel blog, a week on Pellworm, blank lines
doc("de", "extracted", "article",
    "https://www.kofferkinder-unterwegs.example/nordsee/"
    "pellworm-mit-kindern-erfahrungsbericht/", """
C Pellworm mit Kindern: Eine Woche auf der Insel ohne Strandpromenade
B 12. August 2024 · Nordsee, Reisen mit Kindern · Lesezeit 7 Minuten
C Pellworm hat keinen breiten Sandstrand, keine Fußgängerzone und keine Strandkörbe in Reih und Glied. Dafür gibt es einen Leuchtturm, Schafe auf dem Deich, Wind von allen Seiten und einen Wattführer, der unseren Kindern in zwei Stunden mehr über die Nordsee beigebracht hat als jedes Schulbuch.
C Wir waren in den Sommerferien eine Woche zu viert auf der Insel, die Kinder sind sechs und neun Jahre alt. Hier kommt unser ehrlicher Bericht, mit allem, was gut war, und dem, was wir beim nächsten Mal anders machen würden.
C Anreise mit der Fähre
C Die Fähre legt auf Nordstrand ab, die Überfahrt dauert gut eine halbe Stunde. Das Auto haben wir auf dem Festland stehen lassen und nur die Fahrräder mitgenommen. Auf der Insel ist alles flach, auch die Kleine hat die Strecken gut geschafft.
B Werbung: Unsere Fahrradtaschen sind von Radwerk Nord. Mit dem Code KOFFER10 sparst du 10 Prozent.
C Wo wir gewohnt haben
C Unsere Ferienwohnung lag auf einem Bauernhof im Süden der Insel, mit Hühnern, zwei Ponys und einem riesigen Garten. Für 82 Quadratmeter haben wir in der Hauptsaison 145 Euro pro Nacht bezahlt, dazu kamen Endreinigung und Kurabgabe.
C Unsere Highlights
C! Wattwanderung zur Hallig Süderoog, nur mit Führung
C! Aufstieg auf den Leuchtturm bei gutem Wetter
C! Kutterfahrt zu den Seehundbänken
C! Radtour einmal rund um die Insel
C Die Wattwanderung war für uns alle der schönste Tag. Wir waren fast vier Stunden unterwegs, haben Wattwürmer ausgegraben, Krebse beobachtet und mussten zweimal durch einen Priel, in dem den Kindern das Wasser bis zum Bauch stand. Unbedingt alte Turnschuhe mitnehmen, barfuß schneiden die Muschelschalen.
B~ Foto: privat
C Was weniger gut war
C Bei Regen wird es auf Pellworm schnell eng. Es gibt kein Hallenbad und nur wenige Angebote unter Dach, an zwei verregneten Tagen sind wir mit Brettspielen und Kakao in der Wohnung geblieben. Wer mit kleinen Kindern kommt, sollte also genug Beschäftigung im Gepäck haben.
C Auch die Einkaufsmöglichkeiten sind begrenzt. Wir haben am ersten Tag einen Großeinkauf gemacht und den Rest der Woche beim Hofladen und beim Bäcker geholt.
B Pinne diesen Beitrag für später!
B 23 Kommentare
""", blank=True)

# de 05: allotment garden blog, nesting aids for wild bees, full page
doc("de", "page", "article",
    "https://www.gruene-parzelle-leipzig.example/blog/"
    "nisthilfe-wildbienen-was-wirklich-hilft", """
B Nisthilfe für Wildbienen: Was wirklich hilft – Grüne Parzelle
B Grüne Parzelle
B Gärtnern auf 300 Quadratmetern in Leipzig-Connewitz
B Start
B Blog
B Gemüse
B Obst
B Naturgarten
B Pflanzkalender
B Über mich
B Suche
B Startseite › Blog › Naturgarten
C Nisthilfe für Wildbienen: Was wirklich hilft und was nur gut aussieht
B 14. März 2025 · Naturgarten · 11 Kommentare
C Im Baumarkt stehen sie jetzt wieder in jeder Gartenabteilung: bunte Insektenhotels mit Tannenzapfen, Stroh und gebohrten Holzklötzen. Ich hatte selbst jahrelang so eines an der Laube hängen. Eingezogen ist dort fast niemand, und ich habe lange gebraucht, um zu verstehen, warum.
C Viele Wildbienen nisten im Boden
C Der wichtigste Punkt zuerst: Rund drei Viertel unserer Wildbienenarten legen ihre Brut gar nicht in Röhren, sondern im Boden an. Sie brauchen offene, sonnige Stellen mit lockerem, sandigem Untergrund. Eine kahle Ecke am Wegrand hilft ihnen mehr als jedes Hotel.
C Ich habe deshalb im letzten Frühjahr ein Sandarium angelegt: eine etwa einen Quadratmeter große Grube, 50 Zentimeter tief, gefüllt mit ungewaschenem Sand. Schon im Mai waren die ersten kleinen Löcher zu sehen.
B Anzeige
C Worauf es bei Röhren ankommt
C Für die Arten, die in Hohlräumen nisten, taugen Nisthilfen durchaus, wenn sie richtig gebaut sind. Die Bohrungen gehören ins Längsholz, nicht in die Stirnseite, sonst reißt das Holz und Pilze dringen ein. Die Gänge müssen sauber und ohne Splitter sein, sonst verletzen sich die Bienen die Flügel.
C! Hartholz wie Buche oder Esche verwenden
C! Bohrungen zwischen 3 und 9 mm Durchmesser
C! Tiefe mindestens 10 cm, hinten geschlossen
C! Standort sonnig, nach Südosten ausgerichtet
C! Zapfen, Stroh und Glas weglassen
C Mindestens genauso wichtig ist Futter. Eine Nisthilfe nützt wenig, wenn im Umkreis von ein paar hundert Metern nichts blüht. In meiner Parzelle wachsen inzwischen Natternkopf, Glockenblumen, Wiesensalbei und Thymian, und auf die Brombeere am Zaun fliegen sie sowieso.
B Dieses Buch hat mir sehr geholfen: „Bienen im kleinen Garten“* – bei Buchhandel24 ansehen
B * Affiliate-Link: Kaufst du darüber, erhalte ich eine kleine Provision.
B Artikel teilen
B Pinterest
B Facebook
B Link kopieren
B Das könnte dich auch interessieren
B Sandarium anlegen: Schritt für Schritt
B Die zehn besten Stauden für Insekten
B Kommentare (11)
N Moni aus Markkleeberg
N 15. März 2025 um 08:12
N Danke! Ich habe mein Insektenhotel gestern entsorgt und werde jetzt auch einen Sandhaufen probieren.
N Jens
N 15. März 2025 um 21:40
N Bei mir nisten Mauerbienen seit Jahren in Schilfröhrchen, die ich jedes dritte Jahr austausche. Funktioniert gut.
B Kommentar schreiben
B Newsletter: Einmal im Monat Gartentipps und Aussaatkalender per Mail – kostenlos und jederzeit abbestellbar.
B Eintragen
B Impressum
B Datenschutz
B © 2025 Grüne Parzelle
B Nach oben
""")

# de 06: bicycle forum thread, chain skipping after a chain change, full page
doc("de", "page", "forum",
    "https://www.speichenwerk-forum.example/threads/"
    "kette-springt-nach-kettenwechsel-auf-kleinen-ritzeln.58214/", """
B Kette springt nach Kettenwechsel auf kleinen Ritzeln | Speichenwerk Forum
B Speichenwerk
B Forum für Alltagsrad, Reise und Schrauberei
B Foren
B Neue Beiträge
B Aktivität
B Kaufberatung
B Einloggen
B Registrieren
B Foren
B Technik & Werkstatt
B Antrieb und Schaltung
C Kette springt nach Kettenwechsel auf den kleinen Ritzeln
B Themenstarter Bergschrat77
B Beginndatum 03.05.2025
N Bergschrat77
N 03.05.2025
C Moin zusammen, ich habe an meinem Trekkingrad nach rund 6.000 Kilometern die Kette gewechselt. Seitdem springt sie unter Last auf den drei kleinsten Ritzeln, besonders am Berg im Wiegetritt. Auf den großen Ritzeln läuft alles ruhig.
C Verbaut ist eine 10-fach-Kassette, die alte Kette war laut Verschleißlehre bei 0,75. Die neue Kette habe ich auf die gleiche Länge gekürzt wie die alte. Woran kann das liegen?
N Kurbelkönigin
N 03.05.2025
C Klassischer Fall: Deine Kassette ist mit der alten Kette zusammen verschlissen. Die neue Kette passt nicht mehr in die ausgelaufenen Zähne der Ritzel, die du am häufigsten gefahren bist. Bei 0,75 ist das leider typisch.
N Bergschrat77
N 03.05.2025
B Zitat von Kurbelkönigin:
N Klassischer Fall: Deine Kassette ist mit der alten Kette zusammen verschlissen.
C Hm, das hatte ich befürchtet. Kann ich das irgendwie prüfen, bevor ich eine neue Kassette kaufe?
N Kurbelkönigin
N 04.05.2025
C Schau dir die kleinen Ritzel im Licht an. Wenn die Zähne aussehen wie Haifischflossen und nicht mehr symmetrisch sind, ist es vorbei. Alternativ die alte Kette wieder drauf: Springt sie nicht, ist es die Kassette.
N rad_ahmed
N 04.05.2025
C Kann ich bestätigen. Bei mir war es dasselbe Spiel. Neue Kassette für 35 Euro, seitdem Ruhe. Ich wechsle die Kette inzwischen schon bei 0,5, dann hält die Kassette zwei bis drei Ketten lang.
N Bergschrat77
N 06.05.2025
C Kurzes Update für alle, die das später finden: Neue Kassette ist drauf, Kette springt nicht mehr. Die Ritzel sahen tatsächlich ziemlich schief aus. Danke euch!
B Gefällt mir: Kurbelkönigin, rad_ahmed
B Du musst dich einloggen oder registrieren, um hier zu antworten.
B Ähnliche Themen
B Schaltauge verbogen – selbst richten oder tauschen?
B Kettenöl oder Wachs im Winter?
B Teilen:
B Facebook
B Reddit
B E-Mail
B Link
B Nutzungsbedingungen
B Datenschutz
B Impressum
B Hilfe
B Forensoftware © Speichenwerk Community 2025
""")

# de 07: extracted dog forum thread, young dog pulling on the lead
doc("de", "extracted", "forum",
    "https://www.pfotenrat-community.example/forum/erziehung/"
    "junghund-zieht-an-der-leine-was-tun-t20931", """
C Junghund (7 Monate) zieht an der Leine – was hilft wirklich?
N Frieda_und_Bolle
N Verfasst am: 11.02.2025, 18:47
C Hallo in die Runde! Unser Bolle ist ein Labrador-Mischling, sieben Monate alt und eigentlich ein Schatz. Nur an der Leine ist er eine Katastrophe: Er zieht, sobald wir aus der Haustür sind, und bei anderen Hunden hängt er wie ein Schlittenhund im Geschirr.
C Wir haben es mit Stehenbleiben probiert, aber dann stehen wir gefühlt die halbe Runde. Habt ihr Tipps, die im Alltag funktionieren?
N Hundetrainerin_Sabine
N Verfasst am: 11.02.2025, 19:30
C Stehenbleiben ist grundsätzlich richtig, braucht aber Wochen, und es muss jeder in der Familie konsequent machen. Wenn der Hund auch nur ab und zu mit Ziehen ans Ziel kommt, lernt er, dass es sich lohnt.
C Zwei Dinge würde ich ergänzen: Belohne ihn viel öfter, wenn die Leine locker ist, anfangs alle paar Schritte mit einem kleinen Leckerchen an deinem Bein. Und übe zuerst dort, wo wenig los ist, nicht gleich an der Hundewiese.
B Anzeige
N Frieda_und_Bolle
N Verfasst am: 11.02.2025, 21:05
C Alle paar Schritte? Dann brauche ich ja eine Tüte Leckerlis pro Spaziergang 😅
N Bernhard63
N Verfasst am: 12.02.2025, 07:58
B Zitat:
N Alle paar Schritte? Dann brauche ich ja eine Tüte Leckerlis pro Spaziergang
C Nimm einen Teil vom normalen Futter ab, dann wird er nicht dicker. Bei unserem Aussie hat es etwa sechs Wochen gedauert, bis es klick gemacht hat. Heute läuft er an der lockeren Leine, auch in der Stadt.
C Ein Geschirr mit Ring vorne auf der Brust hat uns übergangsweise auch geholfen, weil er sich beim Ziehen dann seitlich wegdreht.
N Frieda_und_Bolle
N Verfasst am: 27.03.2025, 20:12
C Kleines Update nach sechs Wochen: Auf unserer Feierabendrunde läuft Bolle inzwischen richtig gut. Bei Hundebegegnungen zieht er noch, aber deutlich weniger. Danke für eure Geduld!
B Nach oben
B Antwort erstellen
""")

# de 08: extracted home network forum, DNS filter misses ads on a smart TV
doc("de", "extracted", "forum",
    "https://www.heimnetz-basteln.example/viewtopic.php?t=7712", """
C DNS-Filter blockt Werbung auf dem Smart-TV nicht
N von nachtfalke_hb » Mo 17. Feb 2025, 21:14
C Moin, ich betreibe seit ein paar Wochen einen DNS-Filter auf einem Raspberry Pi 4. Am Laptop und auf den Handys klappt das super, Werbebanner sind weg und die Seiten laden schneller.
C Auf dem Fernseher im Wohnzimmer läuft die Werbung in den Apps aber einfach weiter. Im Router ist der Pi als DNS-Server eingetragen, im Log des Filters taucht der Fernseher auch auf, allerdings nur mit ganz wenigen Anfragen. Was mache ich falsch?
N von KabelKalle » Mo 17. Feb 2025, 21:40
C Viele Fernseher haben einen eigenen DNS-Server fest eingebaut und ignorieren, was der Router per DHCP verteilt. Schau mal in die Netzwerkeinstellungen am TV, ob dort unter DNS etwas Manuelles steht.
C Wenn das nichts hilft: Manche Geräte fragen direkt 8.8.8.8 oder andere öffentliche Server. Das kannst du im Router unterbinden, indem du ausgehenden Verkehr auf Port 53 nur für den Pi erlaubst.
N von nachtfalke_hb » Mo 17. Feb 2025, 22:03
B Zitat von KabelKalle » Mo 17. Feb 2025, 21:40
N Schau mal in die Netzwerkeinstellungen am TV, ob dort unter DNS etwas Manuelles steht.
C Da stand tatsächlich automatisch, aber ausgegraut. Ich habe jetzt die Firewall-Regel im Router angelegt, und siehe da: Das Log füllt sich, und die Hälfte der Werbung ist weg.
N von Pi_Paula » Di 18. Feb 2025, 08:15
C Die andere Hälfte wirst du vermutlich nicht wegbekommen. Viele Streaming-Apps liefern Werbespots über dieselben Server aus wie das eigentliche Video. Blockierst du die, geht auch die Serie nicht mehr. Das ist kein Fehler in deiner Konfiguration, sondern Absicht der Anbieter.
C Was bei mir noch geholfen hat:
C! Telemetrie-Listen zusätzlich zu den Werbelisten aktivieren
C! DNS-over-HTTPS am Router für alle anderen Geräte sperren
C! Den Fernseher nach jedem Update neu prüfen
N von nachtfalke_hb » Di 18. Feb 2025, 19:51
C Danke euch beiden. Mit der halben Werbung kann ich leben, Hauptsache die Startseite vom Fernseher ist wieder ruhig. Setze das Thema auf gelöst.
B Beiträge: 5 • Seite 1 von 1
""")

# de 09: sewing machine shop, product page with variants, full page
doc("de", "page", "product",
    "https://www.naehstube-kraemer.example/naehmaschinen/"
    "kraemer-nova-320-computer-naehmaschine", """
B Computer-Nähmaschine Nova 320 günstig kaufen | Nähstube Krämer
B Kostenloser Versand ab 49 € · Persönliche Beratung: 0351 48 77 20 · Einweisung vor Ort in Dresden-Pieschen
B Nähstube Krämer
B Suche nach Stoffen, Maschinen, Zubehör …
B Mein Konto
B Merkzettel
B Warenkorb (0)
B Nähmaschinen
B Overlocks
B Stoffe
B Kurzwaren
B Schnittmuster
B Nähkurse
B Sale
B Startseite / Nähmaschinen / Computer-Nähmaschinen / Krämer Nova 320
C Krämer Nova 320 Computer-Nähmaschine
B ★★★★☆ 4,4 (87 Bewertungen)
C! 449,00 € statt 529,00 €
B inkl. MwSt., versandkostenfrei
C! Farbe: Weiß / Salbeigrün
C! Ausstattung: mit Anschiebetisch
C! Lieferzeit: 2–4 Werktage
B Menge
B In den Warenkorb
B Auf den Merkzettel
B 30 Tage Rückgaberecht · 5 Jahre Garantie · Kauf auf Rechnung
C Produktbeschreibung
C Die Nova 320 ist eine computergesteuerte Nähmaschine für Einsteigerinnen und Fortgeschrittene, die mehr wollen als Gerad- und Zickzackstich. Mit 200 Nutzstichen, sieben Knopfloch-Varianten und einem automatischen Fadenabschneider eignet sie sich für Kleidung, Taschen und Heimtextilien gleichermaßen.
C Über das beleuchtete Display wählen Sie Stich, Stichlänge und Stichbreite, die Maschine merkt sich Ihre zuletzt genutzten Einstellungen. Der Nähfuß lässt sich per Kniehebel anheben, so haben Sie beim Wenden beide Hände am Stoff.
C Besonders für dicke Materialien wie Jeans oder Canvas ist der kräftige Motor mit Nadelstopp oben und unten praktisch. Der mitgelieferte Anschiebetisch vergrößert die Arbeitsfläche für Quilts und Vorhänge.
C Technische Daten
C! Stiche: 200 Nutzstiche, 7 Knopflöcher
C! Nähgeschwindigkeit: max. 850 Stiche pro Minute
C! Durchgangshöhe: 7 mm
C! Gewicht: 7,8 kg
C! Lieferumfang: 9 Nähfüße, Staubschutzhaube, Spulen, Nadelset
C Nähkurs inklusive: Beim Kauf in unserem Laden erhalten Sie eine einstündige Einweisung an Ihrer neuen Maschine.
B Kunden kauften auch
B Nadelset Jersey 80/12, 5 Stück – 3,90 €
B Obertransportfuß für Nova-Serie – 34,90 €
B Kundenbewertungen
N Sehr leise und der Fadenabschneider spart so viel Zeit. Nur die Anleitung könnte ausführlicher sein. – Ulrike, 12.01.2025
N Näht sogar vier Lagen Jeans ohne Murren. Klare Empfehlung. – Tom K., 28.02.2025
B Alle Bewertungen anzeigen
B Newsletter abonnieren und 10 % auf Ihre nächste Bestellung erhalten
B Zahlungsarten: PayPal, Kreditkarte, Rechnung, Vorkasse
B Versand & Lieferung
B Widerrufsrecht
B AGB
B Impressum
B Datenschutz
B © 2025 Nähstube Krämer Inh. Petra Krämer e. K.
""")

# de 10: extracted tea shop product page, Japanese green tea with sizes
doc("de", "extracted", "product",
    "https://www.teekontor-elbhang.example/gruener-tee/japan/"
    "bio-sencha-kagoshima", """
C Bio Sencha Kagoshima
C Frischer, grasiger Grüntee aus der ersten Pflückung im Süden Japans
B Artikelnummer: GT-2204
C! 100 g Beutel: 12,90 € (129,00 € / 1 kg)
C! 250 g Beutel: 28,50 € (114,00 € / 1 kg)
C! 500 g Vorratspack: 52,00 € (104,00 € / 1 kg)
B~ inkl. MwSt., zzgl. Versand
C! Auf Lager, Lieferzeit 1–2 Werktage
B+ In den Warenkorb
C Unser Sencha stammt von einem kleinen Familienbetrieb in der Präfektur Kagoshima, der seit drei Generationen Tee anbaut und 2011 auf ökologische Landwirtschaft umgestellt hat. Die Blätter werden nach der Ernte nur kurz gedämpft, dadurch bleibt die leuchtend grüne Farbe erhalten.
C In der Tasse zeigt er sich hellgrün und klar, mit einem frischen Duft nach jungem Gras und einer leichten Süße im Abgang. Bitterkeit entsteht nur, wenn das Wasser zu heiß ist oder der Tee zu lange zieht.
C Zubereitung
C! 4 g Tee auf 300 ml Wasser
C! Wassertemperatur 70 bis 75 °C
C! Ziehzeit 1 Minute, zwei weitere Aufgüsse möglich
C Bewahren Sie den Tee luftdicht, kühl und dunkel auf und verbrauchen Sie ihn nach dem Öffnen möglichst innerhalb von acht Wochen.
C! Zutaten: grüner Tee* (*aus kontrolliert ökologischem Anbau)
C! Herkunft: Japan, Kagoshima
B DE-ÖKO-006 · Nicht-EU-Landwirtschaft
N „Mein Lieblingssencha seit Jahren, immer gleichbleibend gut.“ – Karin S.
B Das passt dazu: Kyusu-Kanne aus Tokoname, 280 ml
""")

# de 11: extracted tyre shop, all-season tyre with EU label values
doc("de", "extracted", "product",
    "https://www.reifenlager-direkt.example/ganzjahresreifen/205-55-r16/"
    "vierjahr-allwetter-plus-205-55-r16-91v", """
C Vierjahr Allwetter Plus 205/55 R16 91V
C Ganzjahresreifen mit Schneeflockensymbol für Kompaktklasse und Kombis
B ★★★★★ 4,6 · 318 Kundenbewertungen
C! 84,90 € pro Stück
C! 4 Reifen: 339,60 €
B inkl. MwSt. · versandkostenfrei innerhalb Deutschlands
C! Lieferung in 2–3 Werktagen, Montage bei über 1.800 Partnerwerkstätten buchbar
C EU-Reifenlabel
C! Kraftstoffeffizienz: Klasse C
C! Nasshaftung: Klasse B
C! Externes Rollgeräusch: 70 dB, Klasse B
C! Schneegriffigkeit: ja (3PMSF)
C Der Allwetter Plus ist für Fahrerinnen und Fahrer gemacht, die nicht zweimal im Jahr die Reifen wechseln wollen und überwiegend im Flachland und in der Stadt unterwegs sind. Die v-förmigen Profilblöcke leiten Wasser und Schneematsch schnell nach außen ab, feine Lamellen sorgen auf kalter Fahrbahn für Griff.
C Wer regelmäßig im Gebirge fährt oder im Winter oft auf verschneiten Nebenstraßen unterwegs ist, ist mit einem reinen Winterreifen besser beraten. Im Test eines Automobilclubs lag der Allwetter Plus auf Schnee im Mittelfeld, bei Nässe und Verschleiß dagegen vorn.
C Technische Details
C! Breite: 205 mm, Querschnitt: 55 %, Felge: 16 Zoll
C! Tragfähigkeitsindex 91 (615 kg), Geschwindigkeitsindex V (240 km/h)
C! Herstellungsdatum: nicht älter als 12 Monate
B Passt der Reifen zu meinem Auto? Fahrzeug auswählen
B Alle Preise verstehen sich zzgl. Montage. Altreifenentsorgung in der Werkstatt ab 3,50 € pro Reifen.
""")

# de 12: recipe portal, category page of quick soups, full page
doc("de", "page", "collection",
    "https://www.loeffelweise-rezepte.example/kategorien/suppen/"
    "schnelle-suppen-unter-30-minuten", """
B 14 schnelle Suppenrezepte für den Feierabend | Löffelweise
B Wir verwenden Cookies, um dir passende Rezepte und Werbung zu zeigen. Mit „OK“ bist du einverstanden. Mehr dazu in unserer Datenschutzerklärung.
B OK
B Anpassen
B Löffelweise
B Rezepte
B Wochenplan
B Einkaufsliste
B Magazin
B Anmelden
B Rezept suchen
B Startseite › Rezepte › Suppen & Eintöpfe › Schnelle Suppen
C Schnelle Suppen unter 30 Minuten
C Eine Suppe geht immer, und diese hier brauchen nicht länger als eine halbe Stunde. Ideal für den Feierabend, zum Mitnehmen ins Büro oder wenn sich kurzfristig Besuch ankündigt. Die meisten lassen sich gut einfrieren.
B Filtern: Vegetarisch · Vegan · Ohne Gluten · Für Kinder
B Sortieren nach: Beliebtheit
C! Rote-Linsen-Suppe mit Kokosmilch
C! 25 Min. · einfach · vegan
B ★ 4,8 (1.204)
C! Kartoffel-Lauch-Suppe mit Majoran
C! 30 Min. · einfach · vegetarisch
B ★ 4,6 (877)
C! Tomatensuppe aus dem Ofen mit Basilikum
C! 30 Min. · einfach · vegan
B ★ 4,7 (652)
B Anzeige
B Jetzt neu: Kochboxen mit 20 € Rabatt auf die erste Lieferung
C! Erbsensuppe mit Minze und Feta
C! 15 Min. · sehr einfach · vegetarisch
B ★ 4,5 (311)
C! Scharfe Nudelsuppe mit Pak Choi
C! 20 Min. · einfach · mit Huhn
B ★ 4,6 (498)
C! Blumenkohlcremesuppe mit gerösteten Mandeln
C! 30 Min. · mittel · vegetarisch
B ★ 4,4 (205)
C Tipp aus der Redaktion: Wer mehr Sättigung möchte, gibt zu den Cremesuppen ein paar gekochte weiße Bohnen und püriert sie einfach mit.
B Seite 1 2 3 Weiter
B Beliebte Kategorien
B Eintöpfe
B Ofengerichte
B Salate
B Brot backen
B Rezept-Newsletter: Jeden Freitag fünf Ideen fürs Wochenende.
B Über uns
B Impressum
B Datenschutz
B Nutzungsbedingungen
B © 2025 Löffelweise Medien GmbH
""")

# de 13: extracted topic page of a regional paper, wind power in the Hunsrück
doc("de", "extracted", "collection",
    "https://www.hunsrueck-anzeiger.example/thema/windkraft-im-hunsrueck", """
C Thema: Windkraft im Hunsrück
C Kaum eine Region in Rheinland-Pfalz hat so viele Windräder wie der Hunsrück. Hier sammeln wir alle Berichte über neue Anlagen, Pachteinnahmen der Gemeinden, Proteste und die Frage, wer vom Strom aus dem Wald profitiert.
C! Repowering bei Kastellaun: Zwölf alte Anlagen weichen fünf neuen
C Die neuen Windräder sind fast doppelt so hoch, liefern aber dreimal so viel Strom. Anwohner sorgen sich um den Schattenwurf.
B 2 Min. Lesezeit
C! Gemeinde Laubach zahlt Bürgern Windgeld aus
C Jeder Haushalt bekommt 150 Euro im Jahr aus den Pachteinnahmen. Andere Orte wollen nachziehen.
B+ Plus
C! Rotmilan-Gutachten stoppt Windpark im Soonwald vorerst
C Das Genehmigungsverfahren ruht, bis neue Daten zu den Brutplätzen vorliegen. Der Investor spricht von einer Verzögerung um mindestens ein Jahr.
C! Kommentar: Die Dörfer müssen mehr vom Wind haben
C Wer die Anlagen vor der Haustür hat, sollte auch am Ertrag beteiligt werden, meint unser Redakteur. Das Laubacher Modell zeigt, wie es gehen kann.
B+ Plus
C! Schwertransporte: Nachts Sperrungen auf der B 327
C Bis Ende Mai werden Rotorblätter von 70 Metern Länge zum Windpark bei Ellern gebracht. Die Hunsrückhöhenstraße ist dann zeitweise dicht.
C! Was bringt ein Windrad der Gemeinde? Die wichtigsten Fragen und Antworten
C Pacht, Gewerbesteuer, Bürgerbeteiligung: Wie viel Geld in den Gemeindekassen ankommt und wovon das abhängt.
C! Ratgeber: So lesen Sie den Pachtvertrag für ein Windrad richtig
C Laufzeit, Rückbau, Entschädigung: Worauf Grundstückseigentümer vor der Unterschrift achten sollten.
B+ Plus
B Weiterlesen mit Plus: Alle Artikel zur Windkraft im Hunsrück jetzt 4 Wochen für 0 Euro testen.
B Mehr laden
B Sie möchten über neue Artikel zu diesem Thema informiert werden? Thema folgen
""")

# de 14: houseplant mail-order shop, category page, full page
doc("de", "page", "collection",
    "https://www.blattwerk-pflanzenversand.example/zimmerpflanzen/"
    "pflegeleichte-gruenpflanzen", """
B Pflegeleichte Grünpflanzen online kaufen | Blattwerk Pflanzenversand
B Versandkostenfrei ab 59 € · Frische-Garantie: Kommt eine Pflanze beschädigt an, ersetzen wir sie kostenlos
B Blattwerk
B Suchbegriff eingeben
B Anmelden
B Wunschliste
B Warenkorb
B Zimmerpflanzen
B Gartenpflanzen
B Kräuter
B Töpfe & Übertöpfe
B Erde & Dünger
B Geschenkideen
B Startseite › Zimmerpflanzen › Pflegeleichte Grünpflanzen
C Pflegeleichte Grünpflanzen
C Sie haben keinen grünen Daumen oder sind oft unterwegs? Diese Pflanzen verzeihen es, wenn das Gießen einmal vergessen wird, und kommen auch mit wenig Licht zurecht. Jede Pflanze wird mit Pflegekarte geliefert.
B 42 Artikel
B Sortieren: Empfohlen
B Filter: Standort · Größe · Haustierfreundlich · Preis
C! Bogenhanf 'Laurentii', 60 cm, im 17-cm-Topf
C 29,95 €
B In den Warenkorb
C! Glücksfeder, 45 cm, im 14-cm-Topf
C 19,95 €
B In den Warenkorb
C! Efeutute 'Marble Queen', Ampel, 12-cm-Topf
C 14,50 €
B In den Warenkorb
C! Grünlilie, 3er-Set, je 12-cm-Topf
C 17,90 €
B In den Warenkorb
C! Schusterpalme, 70 cm, im 21-cm-Topf
C 44,00 €
B Zurzeit ausverkauft – Benachrichtigen
C! Elefantenfuß, 80 cm, im 19-cm-Topf
C 39,95 €
B In den Warenkorb
B 1 2 3 4 Nächste Seite
C Gut zu wissen
C Einige der hier gezeigten Pflanzen sind für Katzen und Hunde giftig, zum Beispiel die Efeutute und die Glücksfeder. Haustierfreundliche Pflanzen finden Sie über den Filter oben oder auf der Seite „Sichere Pflanzen für Tierhaushalte“.
B Kundenservice
B Versand & Lieferung
B Rücksendung
B Pflegetipps
B Kontakt
B Impressum
B Datenschutz
B AGB
B Cookie-Einstellungen
B Sicher bezahlen mit PayPal, Klarna, Visa, Mastercard
B © 2025 Blattwerk GmbH, Pinneberg
""")

# de 15: car dealer in Thuringia, used car search results, full page
doc("de", "page", "listing",
    "https://www.autohaus-saalehoehe.example/fahrzeuge/gebrauchtwagen/"
    "?karosserie=kombi&preis_bis=20000", """
B Gebrauchtwagen Kombi bis 20.000 € – Autohaus Saalehöhe Rudolstadt
B Autohaus Saalehöhe
B Neuwagen
B Gebrauchtwagen
B Werkstatt
B Reifenservice
B Finanzierung
B Über uns
B Termin vereinbaren
B 03672 41 90 0
B Startseite » Gebrauchtwagen » Suchergebnisse
C 11 Kombis bis 20.000 € gefunden
B Suche anpassen
B Sortierung: Preis aufsteigend
C! Skoda Octavia Combi 1.5 TSI Ambition
C! EZ 03/2019 · 98.400 km · 110 kW (150 PS) · Benzin · Schaltgetriebe
C! Preis: 14.490 € inkl. MwSt.
C Scheckheftgepflegt, Sitzheizung, Anhängerkupplung, neue Bremsen vorn. Ein Vorbesitzer.
B Details ansehen
B Fahrzeug merken
C! VW Passat Variant 2.0 TDI Comfortline
C! EZ 09/2018 · 132.000 km · 110 kW (150 PS) · Diesel · DSG
C! Preis: 16.950 € inkl. MwSt.
C Navigationssystem, Standheizung, Abstandstempomat. HU neu bei Übergabe.
B Details ansehen
C! Toyota Corolla Touring Sports 1.8 Hybrid
C! EZ 06/2020 · 71.300 km · 90 kW (122 PS) · Hybrid · Automatik
C! Preis: 19.780 € inkl. MwSt.
C Rückfahrkamera, Spurhalteassistent, Ganzjahresreifen. Garantie bis 06/2026.
B Details ansehen
C! Opel Astra Sports Tourer 1.2 Turbo Elegance
C! EZ 11/2021 · 44.900 km · 96 kW (130 PS) · Benzin · Schaltgetriebe
C! Preis: 17.400 € inkl. MwSt.
C LED-Scheinwerfer, Apple CarPlay und Android Auto, Einparkhilfe vorn und hinten.
B Details ansehen
B Seite 1 von 3
B Weiter ›
B Finanzierungsbeispiel: Effektiver Jahreszins 5,99 %, Laufzeit 48 Monate. Ein Angebot der Autobank Mitte AG. Bonität vorausgesetzt.
B Alle Preise inkl. 19 % MwSt. bzw. differenzbesteuert nach § 25a UStG. Irrtümer und Zwischenverkauf vorbehalten.
B Öffnungszeiten Verkauf: Mo–Fr 8–18 Uhr, Sa 9–13 Uhr
B Autohaus Saalehöhe GmbH · Schwarzaer Straße 41 · 07407 Rudolstadt
B Impressum
B Datenschutz
B Cookie-Richtlinie
B Barrierefreiheit
""")

# de 16: extracted adult education course programme, languages
doc("de", "extracted", "listing",
    "https://www.vhs-mittelrhein-lahn.example/programm/sprachen/"
    "?semester=herbst-2025", """
C Sprachen – Kursprogramm Herbst 2025
C Alle Kurse finden, wenn nicht anders angegeben, im VHS-Haus in Lahnstein statt. Die Einstufung in die passende Stufe ist kostenlos, vereinbaren Sie dafür einfach einen Termin.
B Merkliste (0)
C! Italienisch A1 für Einsteiger
C! Kursnr. 25H-4102 · 12 Termine · montags 18:30–20:00 Uhr
C! ab 15.09.2025 · Lahnstein, VHS-Haus, Raum 2.04 · 138,00 €
C Für Teilnehmende ohne Vorkenntnisse. Lehrwerk: wird im ersten Termin besprochen.
B Anmelden
C! Englisch B1 – Konversation am Vormittag
C! Kursnr. 25H-4215 · 10 Termine · mittwochs 10:00–11:30 Uhr
C! ab 17.09.2025 · Bad Ems, Kurhaus, Seminarraum · 115,00 €
C Sie verstehen viel, trauen sich aber nicht zu sprechen? Hier reden wir über Alltag, Reisen und Nachrichten, ohne Grammatikdrill.
B+ Noch 3 Plätze frei
C! Polnisch A2 – Wiedereinstieg
C! Kursnr. 25H-4330 · 8 Termine · donnerstags 19:00–20:30 Uhr
C! ab 18.09.2025 · online über die VHS-Cloud · 96,00 €
C! Deutsch als Fremdsprache B2 – Prüfungsvorbereitung
C! Kursnr. 25H-4801 · 16 Termine · dienstags und donnerstags 17:30–19:00 Uhr
C! ab 23.09.2025 · Lahnstein, VHS-Haus, Raum 1.10 · 189,00 € inkl. Prüfungsgebühr
C Bildungsgutscheine und Ermäßigungen
C Schülerinnen und Schüler, Studierende sowie Inhaberinnen und Inhaber der Ehrenamtskarte erhalten 25 Prozent Ermäßigung. Bildungsprämie und Bildungsgutscheine der Arbeitsagentur werden angerechnet.
B Warteliste
B Alle Kurse als PDF herunterladen
""")

# de 17: extracted apprenticeship exchange, results for Rostock
doc("de", "extracted", "listing",
    "https://www.azubi-hafenstadt.example/ausbildung/rostock/"
    "ausbildungsbeginn-2025", """
C Ausbildungsplätze 2025 in Rostock und Umgebung
C 37 freie Stellen mit Ausbildungsbeginn August oder September 2025
B Neueste zuerst
C! Kaufmann/-frau für Spedition und Logistikdienstleistung
C! Hansekontor Logistik GmbH, Rostock-Seehafen
C! Beginn: 01.08.2025 · 3 Jahre · Vergütung 1. Jahr 1.050 €
C Du organisierst Transporte vom Hafen zu Kunden in ganz Europa, planst Touren und lernst den Zoll kennen. Gute Englischkenntnisse sind ein Plus.
N Online seit 04.04.2025
C! Mechatroniker/in für Kältetechnik
C! Nordkälte Service KG, Bentwisch
C! Beginn: 01.09.2025 · 3,5 Jahre · Vergütung 1. Jahr 980 €
C Klimaanlagen, Kühlhäuser, Wärmepumpen: Bei uns lernst du Technik, die gerade überall gebraucht wird. Führerscheinzuschuss nach der Probezeit.
B Merken
C! Pflegefachfrau/-mann in generalistischer Ausbildung
C! Klinikum Südstadt, Rostock
C! Beginn: 01.09.2025 · 3 Jahre · Vergütung 1. Jahr 1.340 €
C Generalistische Ausbildung mit Einsätzen in Klinik, Altenpflege und ambulantem Dienst. Wohnheimplatz auf Wunsch.
N Online seit 28.03.2025
C! Fachkraft für Lebensmitteltechnik
C! Ostsee Fischfeinkost GmbH, Marlow
C! Beginn: 01.08.2025 · 3 Jahre · Vergütung 1. Jahr 900 €
C Von der Rohware bis zur fertigen Räucherware: Du bedienst und überwachst Produktionsanlagen und prüfst die Qualität.
B Seite 1 von 4
""")

# de 18: spa town tourist office, weekly event calendar, full page
doc("de", "page", "listing",
    "https://www.bad-lauterquell.example/erleben/veranstaltungen/"
    "wochenprogramm-kw-27", """
B Wochenprogramm 30. Juni bis 6. Juli – Staatsbad Bad Lauterquell
B Zum Hauptinhalt
B Leichte Sprache
B Gebärdensprache
B DE
B EN
B NL
B Staatsbad Bad Lauterquell
B Gesund werden. Gesund bleiben.
B Erleben
B Gesundheit
B Unterkünfte
B Anreise
B Service
B Gastgeber-Login
B Startseite › Erleben › Veranstaltungen › Wochenprogramm
C Wochenprogramm vom 30. Juni bis 6. Juli
C Alle Veranstaltungen im Kurpark sind mit der Gästekarte kostenfrei, sofern nicht anders angegeben. Bei Regen finden die Kurkonzerte im Großen Saal des Kurhauses statt.
B Filter: Alle Kategorien · Musik · Führungen · Vorträge · Bewegung
C! Montag, 30. Juni
C! 10:30 Uhr · Kurkonzert mit dem Salonorchester Lauterquell
C! Musikpavillon im Kurpark
C! 15:00 Uhr · Führung: Die Quellen und ihre Geschichte
C! Treffpunkt: Brunnentempel · 4 € mit Gästekarte
C! Dienstag, 1. Juli
C! 9:00 Uhr · Qigong am Gradierwerk
C! Bitte bequeme Kleidung und eine Matte mitbringen
C! 19:30 Uhr · Vortrag: Moorbäder gestern und heute
C! Kursaal · Eintritt frei
C! Mittwoch, 2. Juli
C! 14:00 Uhr · Kräuterwanderung mit der Landfrau Hedwig Brunner
C! Treffpunkt: Wanderparkplatz Eichenhang · ca. 2 Stunden
C! Freitag, 4. Juli
C! 20:00 Uhr · Sommernachtskonzert mit Feuerwerk
C! Kurpark · Eintritt 12 €, mit Gästekarte 8 €
B Veranstaltung in den Kalender eintragen
B Programm als PDF (380 KB)
B Tourist-Information im Kurhaus
B Mo–Fr 9–17 Uhr, Sa/So 10–14 Uhr
B Telefon 09741 80 22 0
B Unterkunft buchen
B Prospekte bestellen
B Folgen Sie uns
B Instagram
B Facebook
B YouTube
B Impressum
B Datenschutz
B Erklärung zur Barrierefreiheit
B © Staatsbad Bad Lauterquell GmbH
""")

# de 19: bookkeeping software manual, setting up online banking, full page
doc("de", "page", "documentation",
    "https://hilfe.kontobuch-software.example/handbuch/4.2/bankkonten/"
    "fints-zugang-einrichten.html", """
B FinTS-Zugang einrichten — Kontobuch 4.2 Handbuch
B Zum Inhalt springen
B Kontobuch Handbuch
B Version 4.2
B Version 4.1
B Version 3.x (veraltet)
B Suche im Handbuch
B Erste Schritte
B Installation
B Mandanten anlegen
B Bankkonten
B FinTS-Zugang einrichten
B Kontoauszüge importieren
B Buchungsregeln
B Belege
B Umsatzsteuer
B Datensicherung
B Handbuch › Bankkonten › FinTS-Zugang einrichten
C FinTS-Zugang einrichten
C Mit einem FinTS-Zugang ruft Kontobuch die Umsätze Ihres Geschäftskontos direkt bei der Bank ab. Sie müssen Kontoauszüge dann nicht mehr als Datei herunterladen und importieren. Die meisten Sparkassen, Volksbanken und Direktbanken in Deutschland unterstützen das Verfahren.
C Voraussetzungen
C! Ihr Konto ist für das Online-Banking freigeschaltet
C! Sie kennen Ihren Anmeldenamen oder Ihre Legitimations-ID
C! Sie haben ein TAN-Verfahren eingerichtet, z. B. eine App
C Zugang anlegen
C! 1. Öffnen Sie Bankkonten und klicken Sie auf Neuer Zugang.
C! 2. Geben Sie die Bankleitzahl oder den Namen Ihrer Bank ein.
C! 3. Tragen Sie Anmeldenamen und PIN ein. Die PIN wird nur gespeichert, wenn Sie das ausdrücklich wählen.
C! 4. Wählen Sie das TAN-Verfahren aus der Liste und bestätigen Sie die Anfrage in Ihrer Banking-App.
C! 5. Markieren Sie die Konten, die Kontobuch abrufen soll, und klicken Sie auf Fertigstellen.
C Beim ersten Abruf holt Kontobuch die Umsätze der letzten 90 Tage. Ältere Umsätze können Sie wie gewohnt per CAMT- oder CSV-Datei importieren.
B Hinweis
C Viele Banken verlangen alle 90 Tage eine erneute Bestätigung per TAN. Kontobuch zeigt Ihnen rechtzeitig einen Hinweis im Startbildschirm an, damit der automatische Abruf nicht unterbrochen wird.
C Fehlermeldung „Zugang gesperrt“
C Erscheint diese Meldung, wurde die PIN bei der Bank zu oft falsch eingegeben. Kontobuch kann den Zugang nicht selbst entsperren. Wenden Sie sich an Ihre Bank und richten Sie den Zugang danach unter Bankkonten › Zugang bearbeiten neu ein.
B War diese Seite hilfreich?
B Ja
B Nein
B Vorherige Seite: Bankkonten
B Nächste Seite: Kontoauszüge importieren
B Zuletzt aktualisiert am 12.05.2025
B Diese Seite auf GitHub bearbeiten
B Support-Portal
B Community-Forum
B Impressum
B Datenschutz
B © 2025 Kontobuch Software GmbH
""")

# de 20: extracted makerspace wiki page, backups of the club NAS with restic
doc("de", "extracted", "documentation",
    "https://wiki.fablab-suedpfalz.example/doku.php?id=infrastruktur:"
    "nas:datensicherung", """
C Datensicherung des Vereins-NAS
C Diese Seite beschreibt, wie die Daten auf dem Vereins-NAS im Werkstattkeller gesichert werden und wie man im Notfall einzelne Dateien zurückholt. Zuständig ist die AG Infrastruktur.
B Zuletzt geändert: 2025/01/19 14:02 von mkessler
C Überblick
C Gesichert werden die Freigaben projekte, vorstand und lasercutter-vorlagen. Die Sicherung läuft jede Nacht um 3 Uhr mit restic und landet verschlüsselt auf einer externen Platte im Schrank sowie einmal pro Woche auf einem gemieteten Speicher bei einem Hoster in Frankfurt.
C! Tagesstände werden 30 Tage aufbewahrt
C! Wochenstände werden 12 Wochen aufbewahrt
C! Monatsstände werden ein Jahr aufbewahrt
C Konfiguration
C Die Zugangsdaten stehen in /etc/restic/env und sind nur für root lesbar. Die Datei sieht so aus:
C RESTIC_REPOSITORY=/mnt/backup-platte/restic
C RESTIC_PASSWORD_FILE=/etc/restic/passwort
C Der Timer ruft jede Nacht das Skript /usr/local/bin/nas-sicherung auf. Es sichert die drei Freigaben und räumt anschließend alte Stände auf:
C! restic backup /srv/projekte /srv/vorstand /srv/lasercutter-vorlagen
C! restic forget --keep-daily 30 --keep-weekly 12 --keep-monthly 12 --prune
C Einzelne Datei zurückholen
C! 1. Auf dem NAS als root anmelden und die Umgebung laden: source /etc/restic/env
C! 2. Stände anzeigen: restic snapshots
C! 3. Datei wiederherstellen: restic restore latest --target /tmp/wiederherstellung --include /srv/projekte/Gehäuse.svg
C Die Datei liegt danach unter /tmp/wiederherstellung. Bitte nicht direkt in die Freigabe zurückspielen, sondern erst prüfen, ob es der richtige Stand ist.
C Das Passwort für das Repository liegt zusätzlich ausgedruckt im Tresor des Vorstands. Ohne dieses Passwort sind alle Sicherungen wertlos.
B Diese Seite wurde 214 mal aufgerufen.
B~ Seite bearbeiten · Ältere Versionen · Links hierher · Nach oben
""")

# de 21: extracted health insurer help centre, e-prescription FAQ with steps
doc("de", "extracted", "documentation",
    "https://www.gesundkasse-mitte.example/hilfe/app/e-rezept-einloesen", """
C E-Rezept mit der App einlösen: So funktioniert es
B Hilfe & FAQ › Unsere App › E-Rezept
C Ihr Rezept bekommen Sie heute meistens nicht mehr auf Papier, sondern elektronisch. Mit unserer App können Sie es in der Apotheke vor Ort einlösen oder direkt bei einer Versandapotheke bestellen.
C Was brauche ich dafür?
C! die aktuelle Version der GesundKasse-App
C! Ihre elektronische Gesundheitskarte mit NFC-Funktion
C! die PIN zu Ihrer Gesundheitskarte
C Die PIN erhalten Sie bei uns. Beantragen Sie sie in der App unter Profil › Gesundheitskarte › PIN anfordern. Sie kommt aus Sicherheitsgründen per Post, das dauert etwa fünf Werktage.
C Schritt für Schritt
C! 1. Öffnen Sie in der App den Bereich Rezepte.
C! 2. Tippen Sie auf Gesundheitskarte verbinden und geben Sie die PIN ein.
C! 3. Halten Sie die Karte an die Rückseite Ihres Smartphones.
C! 4. Wählen Sie das Rezept aus und tippen Sie auf Einlösen.
C! 5. Entscheiden Sie sich für eine Apotheke in der Nähe oder eine Versandapotheke.
C Sie können das Rezept auch ohne App einlösen: Stecken Sie in der Apotheke einfach Ihre Gesundheitskarte in das Lesegerät. Die App ist praktisch, wenn Sie vorab prüfen möchten, ob das Medikament vorrätig ist.
C Was, wenn die Karte nicht erkannt wird?
C Nehmen Sie die Handyhülle ab und bewegen Sie die Karte langsam über die Rückseite, bis das Smartphone vibriert. Bei manchen Geräten sitzt der NFC-Chip eher oben in der Nähe der Kamera.
B War diese Antwort hilfreich? Ja Nein
B~ Noch Fragen? Unser Serviceteam erreichen Sie rund um die Uhr unter 0800 472 33 10 (kostenfrei).
""")

# de 22: town hall, registering a dog and dog tax, full page
doc("de", "page", "service",
    "https://www.weidenbrueck.example/rathaus/buergerservice/"
    "leistungen/hund-anmelden-hundesteuer", """
B Hund anmelden – Hundesteuer | Stadt Weidenbrück
B Zum Inhalt springen
B Schriftgröße A A A
B Kontrast
B Leichte Sprache
B Stadt Weidenbrück
B Rathaus & Politik
B Bürgerservice
B Leben & Wohnen
B Wirtschaft
B Kultur & Freizeit
B Aktuelles
B Sie befinden sich hier: Startseite › Bürgerservice › Leistungen A–Z › Hund anmelden
C Hund anmelden (Hundesteuer)
C Wer in Weidenbrück einen Hund hält, muss ihn innerhalb von zwei Wochen nach der Aufnahme bei der Stadt anmelden. Das gilt auch, wenn Sie mit Ihrem Hund zuziehen. Nach der Anmeldung erhalten Sie eine Hundesteuermarke, die Ihr Hund außerhalb der Wohnung sichtbar tragen muss.
C Steuersätze pro Jahr
C! erster Hund: 96 Euro
C! zweiter Hund: 132 Euro
C! jeder weitere Hund: 168 Euro
C! gefährlicher Hund im Sinne der Satzung: 600 Euro
C Blindenführhunde und Hunde, die aus einem Tierheim übernommen werden, sind im ersten Jahr steuerfrei. Für Empfängerinnen und Empfänger von Bürgergeld oder Grundsicherung ermäßigt sich die Steuer auf Antrag um die Hälfte.
C Benötigte Unterlagen
C! Personalausweis oder Reisepass
C! Nachweis der Haftpflichtversicherung für den Hund
C! Chipnummer des Hundes
C Sie können den Hund online anmelden oder persönlich im Bürgerbüro. Die Abmeldung funktioniert auf demselben Weg, zum Beispiel wenn der Hund verstorben ist oder abgegeben wurde.
B Online-Antrag starten
C Bürgerbüro im Rathaus
C! Marktplatz 1, Erdgeschoss, Zimmer 0.12
C! Mo, Di, Do 8:00–12:00 und 14:00–16:00 Uhr
C! Mi 8:00–18:00 Uhr, Fr 8:00–12:00 Uhr
C Termine vergeben wir online, ohne Termin kann es zu Wartezeiten kommen.
B Ansprechperson: Frau Yıldız, Steueramt, Telefon 05242 908-231
B Rechtsgrundlage: Hundesteuersatzung der Stadt Weidenbrück in der Fassung vom 14.12.2023 (PDF, 210 KB)
B Seite drucken
B Seite teilen
B Ähnliche Leistungen
B Fundtier melden
B Gefährlichen Hund anzeigen
B Stadt Weidenbrück · Marktplatz 1 · 33378 Weidenbrück
B Kontakt
B Impressum
B Datenschutz
B Barrierefreiheit
B Sitemap
""")

# de 23: extracted dental practice page, professional tooth cleaning
doc("de", "extracted", "service",
    "https://www.zahnpraxis-am-wasserturm.example/leistungen/"
    "professionelle-zahnreinigung", """
C Professionelle Zahnreinigung in Mannheim
C Auch wer gründlich putzt, erreicht nicht alle Stellen. In den Zahnzwischenräumen und am Zahnfleischrand bilden sich Beläge, die mit der Zeit zu Karies und Entzündungen führen können. Bei der professionellen Zahnreinigung entfernen wir diese Beläge schonend und gründlich.
B Startseite > Leistungen > Prophylaxe
C So läuft die Behandlung ab
C! Untersuchung von Zähnen und Zahnfleisch
C! Entfernen von Zahnstein und harten Belägen
C! Reinigung der Zwischenräume mit Bürstchen und Zahnseide
C! Politur und Fluoridierung
C! Individuelle Putzberatung mit Tipps für zu Hause
C Eine Sitzung dauert etwa 45 bis 60 Minuten. Die Behandlung übernimmt bei uns eine ausgebildete Dentalhygienikerin. Die meisten Patientinnen und Patienten empfinden sie als angenehm, bei empfindlichen Zähnen arbeiten wir auf Wunsch mit einem betäubenden Gel.
C Kosten
C! Je nach Aufwand 90 bis 130 Euro pro Sitzung
C Die gesetzlichen Krankenkassen übernehmen die professionelle Zahnreinigung nicht als Regelleistung. Viele Kassen geben aber einen Zuschuss von 40 bis 80 Euro im Jahr. Reichen Sie einfach unsere Rechnung bei Ihrer Kasse ein. Private Versicherungen erstatten die Kosten meist vollständig.
B+ Jetzt online Termin buchen
C Sprechzeiten
C! Mo, Di, Do 8–12 und 14–18 Uhr
C! Mi 8–13 Uhr, Fr 8–14 Uhr
C Unsere Praxis liegt in der Oststadt, fünf Minuten vom Wasserturm entfernt, und ist barrierefrei erreichbar.
B Zahnpraxis am Wasserturm · Dr. Selin Özkan und Kollegen
""")

# de 24: law firm page, cease-and-desist letters over a missing legal notice
doc("de", "page", "service",
    "https://www.kanzlei-voss-hartung.example/rechtsgebiete/"
    "internetrecht/abmahnung-impressum-datenschutz", """
B Abmahnung wegen Impressum oder Datenschutzerklärung | Voss & Hartung Rechtsanwälte
B Wir setzen auf dieser Website nur technisch notwendige Cookies ein. Mehr erfahren
B Verstanden
B Voss & Hartung
B Rechtsanwälte · Fachanwälte
B Kanzlei
B Rechtsgebiete
B Anwälte
B Kosten
B Aktuelles
B Kontakt
B Termin vereinbaren
B Rechtsgebiete › Internetrecht › Abmahnung Impressum
C Abmahnung wegen fehlendem Impressum oder fehlerhafter Datenschutzerklärung
C Sie betreiben eine Website, einen Onlineshop oder ein Profil in sozialen Netzwerken und haben eine Abmahnung erhalten? Bewahren Sie Ruhe, aber lassen Sie die Frist nicht verstreichen. Wir prüfen für Sie, ob die Abmahnung berechtigt ist und ob die geforderten Beträge angemessen sind.
C Warum abgemahnt wird
C Wer geschäftsmäßig im Internet auftritt, braucht ein vollständiges Impressum mit Name, Anschrift und Kontaktmöglichkeit. Häufig fehlen Angaben wie das Handelsregister oder die Umsatzsteuer-Identifikationsnummer. Auch eine Datenschutzerklärung, die eingebundene Dienste wie Analyse-Tools, Karten oder einen Newsletter nicht erwähnt, ist ein häufiger Anlass.
C Nicht jede Abmahnung ist berechtigt. Mitbewerber dürfen nur unter bestimmten Voraussetzungen abmahnen, und bei Verstößen gegen Informationspflichten im Internet ist der Ersatz der Anwaltskosten oft ausgeschlossen. Überhöhte Vertragsstrafen in der Unterlassungserklärung lassen sich in vielen Fällen abwenden.
C Was Sie jetzt tun sollten
C! Frist notieren und nicht verstreichen lassen
C! Die beigefügte Unterlassungserklärung nicht ungeprüft unterschreiben
C! Nicht direkt beim Abmahnenden anrufen
C! Den beanstandeten Fehler auf der Website sofort beheben
C Unsere Kosten
C! Erstberatung zur Abmahnung: 190 Euro zzgl. MwSt.
C Die Erstberatung wird angerechnet, wenn Sie uns anschließend mit der Abwehr der Abmahnung beauftragen. Die weiteren Kosten richten sich nach dem Gegenstandswert, wir nennen sie Ihnen vorab.
B Ihr Ansprechpartner: Rechtsanwalt Dr. Malte Voss, Fachanwalt für Informationstechnologierecht
B Jetzt Unterlagen hochladen
B Rückruf anfordern
B Voss & Hartung Rechtsanwälte PartG mbB
B Hafenstraße 7 · 24103 Kiel
B Telefon 0431 260 77 0
B Mo–Fr 8:30–18:00 Uhr
B Impressum
B Datenschutzerklärung
B Mandantenportal
B © 2025 Voss & Hartung
""")


if __name__ == "__main__":
    main()
