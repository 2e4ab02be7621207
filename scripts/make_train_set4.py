#!/usr/bin/env python3
"""Build the fourth hand-written training batch for deboil.

Writes tests/data/train/{fr4,es4,en4}.jsonl: 10 French, 10 Spanish and
4 English documents, in the JSON Lines format of the eval sets (id, source,
split, task, lang, url, page_type, text, keep, drop), with source
"deboil-train", split "train" and ids "train4-<lang>-<nn>".

Every document below was written by hand for this batch; no text was copied
from the web, from a data set, from an eval set or from the earlier training
batches (scripts/make_train_set.py, scripts/make_train_set2.py), whose sites
and topics it avoids. Each document sits on a fictional site of its own
(host under the reserved ".example" TLD), because the trainer splits its
cross-validation folds by host.

The batch mixes the two tasks about evenly (half "extracted", half "page")
and covers all page types: regional news from Belgium, Mexico and England,
town-hall service pages (identity papers, bulky-waste collection), a vet
clinic in Québec, shop pages (hiking backpack, folding e-bike, hose reel),
listings (cultural agenda, used cars, job offers, flats to rent), recipe and
gardening collections, forums (winter tyres, roof insulation, mesh Wi-Fi)
and documentation (print server tutorial, invoicing help centre, backup tool
reference). Short content lines (specs, prices, opening hours, steps, dates
and places) are marked C! so that they get keep snippets, and a few
articles use boilerplate words in earnest (cookie banners, hidden
advertising) so that word lists alone cannot tell the two apart.

The markup (C / B / N lines, C+ / B+ glued without a space, C~ / B~ glued
with one space, C! forced keep), the rendering and the deterministic snippet
rules are those of scripts/make_blind_eval.py, which is imported as a module
and reused unchanged; only the record id, source, split and url differ.

Run from the repository root:

    python3 scripts/make_train_set4.py
"""

import written_sets

LANGS = ("fr", "es", "en")
EXPECTED = {"fr": 10, "es": 10, "en": 4}


M = written_sets.machinery()
SITED = written_sets.Sited(M, LANGS)
doc = SITED.doc


def main():
    # half extracted text, half full pages in each language; one host per
    # document
    written_sets.write_training_set(M, SITED, EXPECTED, "train4", "4",
                                    (0.45, 0.6), 1,
                                    written_sets.check_forced_keeps)


# ---------------------------------------------------------------------------
# Documents
# ---------------------------------------------------------------------------

# ----------------------------------------------------------------- French --

# fr 01: Belgian regional daily, new express bus line, full page
doc("fr", "page", "article",
    "https://www.echo-de-la-meuse.example/regions/namur/mobilite-une-ligne-"
    "express-reliera-namur-a-louvain-la-neuve-des-lundi-a41877", """
B Namur : la ligne express vers Louvain-la-Neuve démarre lundi - L'Écho de la Meuse
B Aller au contenu principal
B Nous utilisons des cookies et des technologies similaires pour mesurer l'audience, personnaliser le contenu et vous proposer des publicités adaptées. Vous pouvez modifier vos choix à tout moment via le lien « Gérer mes préférences » en bas de page.
B Tout accepter
B Paramétrer
B Continuer sans accepter
B L'Écho de la Meuse
B S'abonner
B Se connecter
B Régions
B Namur
B Dinant
B Charleroi
B Huy-Waremme
B Belgique
B Sports
B Culture
B Météo
B Accueil > Régions > Namur
B Article réservé aux abonnés
C Mobilité : une ligne de bus express reliera Namur à Louvain-la-Neuve dès lundi
C Sans arrêt entre la gare de Namur et le campus, la nouvelle ligne doit faire gagner une vingtaine de minutes aux étudiants et aux navetteurs. Les communes traversées, elles, restent sur leur faim.
B Par Thibault Lemaire
B Publié le 28/02/2025 à 06h45
B Lecture 4 min.
B Partager
B Facebook
B X
B WhatsApp
B Copier le lien
C Jusqu'ici, relier Namur à Louvain-la-Neuve en transports en commun relevait de la patience. Entre le train avec changement à Ottignies et les bus qui s'arrêtent dans chaque village, il fallait compter une heure dans le meilleur des cas.
C À partir du lundi 3 mars, une ligne express fera le trajet en 38 minutes, via l'autoroute E411. Les bus partiront de la gare de Namur toutes les demi-heures en semaine, de 6 h 30 à 20 h, et toutes les heures le samedi. Aucune desserte n'est prévue le dimanche pour l'instant.
C « Nous avons constaté qu'une grande partie de nos voyageurs faisaient le trajet complet, sans descendre en route », explique Valérie Jacquemin, porte-parole de l'opérateur régional. « Pour eux, les arrêts intermédiaires représentaient surtout une perte de temps. »
B Photo : L'Écho / T. L.
C Des autocars plus confortables
C Les véhicules affectés à la ligne sont des autocars à plancher haut, équipés de prises USB, du wifi et de ceintures de sécurité. Ils peuvent accueillir 57 voyageurs assis ; les places debout ne sont pas autorisées sur le tronçon autoroutier.
C Le tarif reste celui du réseau : un trajet coûte 2,50 € avec la carte rechargeable, 3,50 € s'il est acheté à bord. Les abonnements scolaires et étudiants sont valables sans supplément.
B Lire aussi : Gare de Namur : les travaux du quai 5 prolongés jusqu'à l'été
C Les villages se sentent oubliés
C À Gembloux et à Walhain, l'accueil est plus mitigé. La ligne express remplace en partie l'ancienne ligne 21, dont la fréquence passera d'un bus toutes les trente minutes à un bus par heure en dehors des heures de pointe.
C « On nous parle de gain de temps, mais pas pour nous », regrette Anne-Sophie Delvaux, conseillère communale à Walhain. « Les gens qui travaillent à Louvain-la-Neuve et qui habitent ici devront attendre plus longtemps. » La commune a demandé une évaluation après six mois.
C L'opérateur répond que les horaires de la ligne 21 ont été adaptés pour garder des correspondances aux heures d'école et que la situation sera revue à la rentrée de septembre si la fréquentation le justifie.
C! Premier départ de Namur : 6 h 30
C! Dernier départ de Louvain-la-Neuve : 20 h 15
B Les plus lus
B Andenne : un incendie ravage un entrepôt dans le zoning de Seilles
B Basket : Namur arrache la victoire dans les dernières secondes
B Météo : retour des gelées nocturnes en Ardenne dès mercredi
B Newsletter
B Recevez chaque matin l'essentiel de l'actualité namuroise.
B Je m'inscris
B Mentions légales
B Politique de confidentialité
B Gérer mes préférences
B Contact
B © L'Écho de la Meuse 2025
""")

# fr 02: extracted town hall service page, identity card and passport
doc("fr", "extracted", "service",
    "https://www.montrevel-sur-loire.example/demarches/etat-civil/"
    "carte-identite-passeport", """
C Carte nationale d'identité et passeport
B Accueil > Démarches > État civil et citoyenneté
C Les demandes de carte d'identité et de passeport ne se font plus forcément dans la commune de résidence, mais dans une mairie équipée d'une station de recueil. À Montrevel-sur-Loire, le service Population reçoit les demandes uniquement sur rendez-vous, que vous habitiez la commune ou non.
B~ Imprimer cette page
C Étape 1 : faire une pré-demande en ligne
C Remplissez la pré-demande sur le site de l'Agence nationale des titres sécurisés. Notez le numéro de pré-demande ou imprimez le récapitulatif avec son code-barres : il vous sera demandé au guichet. Pour un passeport, le timbre fiscal peut être acheté en ligne au même moment.
C Étape 2 : prendre rendez-vous
C Les rendez-vous se prennent en ligne ou par téléphone au 02 41 00 00 00. Chaque créneau dure vingt minutes et concerne une seule personne ; pour une famille, réservez autant de créneaux que de demandeurs, enfants compris.
C Étape 3 : venir avec les pièces justificatives
C! une photo d'identité de moins de six mois, conforme aux normes
C! un justificatif de domicile de moins d'un an
C! l'ancien titre, s'il s'agit d'un renouvellement
C! le timbre fiscal pour un passeport de majeur
C! une déclaration de perte ou de vol, le cas échéant
C La présence du demandeur est obligatoire pour la prise d'empreintes, y compris pour les mineurs. Un parent ou le tuteur légal accompagne l'enfant et présente sa propre pièce d'identité.
C Étape 4 : retirer le titre
C Vous recevez un SMS dès que le titre est disponible. Il doit être retiré en personne dans un délai de trois mois, sans rendez-vous, aux horaires d'ouverture du service. Passé ce délai, il est détruit.
C Délais
C Comptez en moyenne trois à cinq semaines entre le rendez-vous et la mise à disposition du titre. Au printemps, avant les examens et les départs en vacances, les délais s'allongent : anticipez votre demande.
C Horaires du service Population
C! Du lundi au vendredi : 8 h 45 – 12 h 15 et 13 h 30 – 17 h 00
C! Samedi : 9 h 00 – 12 h 00, uniquement pour les retraits
C Le premier renouvellement de la carte d'identité est gratuit si vous présentez l'ancienne. En cas de perte ou de vol, un timbre fiscal est demandé.
B Cette page vous a-t-elle été utile ? Oui Non
B Mairie de Montrevel-sur-Loire – Place de l'Hôtel de Ville – Mentions légales – Accessibilité
""")

# fr 03: extracted product page, hiking backpack
doc("fr", "extracted", "product",
    "https://www.sentiers-et-sommets.example/sacs-a-dos/randonnee/"
    "crete-38-litres", """
C Sac à dos de randonnée Crête 38 L
B~ ★★★★★ 4,7 (126 avis)
C! Prix : 89,00 € au lieu de 109,00 €
C! Coloris : vert sapin, bleu nuit, gris ardoise
C! Tailles de dos : S/M (40 à 48 cm) ou M/L (46 à 54 cm)
B Livraison gratuite dès 60 € d'achat
C! Expédié sous 24 h, livré en 2 à 4 jours ouvrés
C Pensé pour les sorties à la journée comme pour les randonnées de deux ou trois jours en refuge, le Crête 38 offre un volume généreux sans devenir encombrant. Son dos en filet tendu laisse circuler l'air entre le sac et votre dos : fini les tee-shirts trempés dans les montées.
C La ceinture rembourrée reporte la charge sur les hanches et se règle d'une seule main. Deux poches zippées sur la ceinture gardent à portée de main téléphone, carte ou barres de céréales.
B+ Ajouter au panier
C Points forts
C! Accès au compartiment principal par le haut et par l'avant
C! Housse de pluie rangée dans le fond du sac
C! Compatible poche à eau jusqu'à 3 litres
C! Porte-bâtons et boucle pour piolet
C Caractéristiques techniques
C! Volume : 38 litres
C! Poids : 1,2 kg
C! Dimensions : 66 × 32 × 22 cm
C! Matière : polyamide recyclé 210D, enduction sans PFC
C! Garantie : 5 ans
C Comment choisir sa taille ? Mesurez votre dos, de la vertèbre qui dépasse à la base du cou jusqu'au haut des hanches. Entre deux tailles, préférez la plus grande : le réglage du dos rattrape quelques centimètres.
B Les clients ont aussi acheté : Bâtons de marche carbone Alto, Poche à eau 2 L
B Retour gratuit sous 30 jours
""")

# fr 04: Québec car forum, studded winter tyres, full page
doc("fr", "page", "forum",
    "https://www.forum-auto-boreal.example/entretien-et-pneus/pneus-d-hiver/"
    "cloutes-ou-pas-pour-le-saguenay.48213/", """
B Pneus d'hiver pour Saguenay : cloutés ou pas ? | Forum Auto Boréal
B Passer au contenu
B Forum Auto Boréal
B Accueil
B Forums
B Nouveaux messages
B Rechercher
B Connexion
B S'inscrire
B Forums > Entretien et pneus > Pneus d'hiver
C Pneus cloutés ou non cloutés pour le Saguenay ?
N Gab_Jonquiere
N Membre · 38 messages
N 14 nov. 2024 à 20 h 12
C Salut tout le monde. Je viens de m'acheter une Corolla 2019 et je dois mettre des pneus d'hiver avant le 1er décembre. Je fais Jonquière–Chicoutimi tous les jours, pas mal d'autoroute, mais aussi le rang chez mes parents la fin de semaine, qui est rarement déneigé comme du monde.
C Est-ce que ça vaut la peine de prendre des cloutés ou des bons pneus d'hiver ordinaires suffisent ? Budget autour de 1 000 $ pour les quatre, posés.
N LucT_Alma
N Membre expert · 1 204 messages
N 14 nov. 2024 à 21 h 03
C Pour ton trajet, des pneus d'hiver haut de gamme font la job. Les cloutés sont vraiment meilleurs sur la glace vive, mais sur l'asphalte sec ou mouillé ils freinent moins bien et ils sont bruyants en maudit.
C Le rang la fin de semaine, c'est là que les clous pourraient t'aider. Mais si tu roules tranquille, la différence n'est pas énorme avec un bon pneu nordique.
N Marie-Ève B.
N Membre · 212 messages
N 15 nov. 2024 à 7 h 48
N LucT_Alma a dit : « Les cloutés sont vraiment meilleurs sur la glace vive »
C Exactement, et par chez nous en janvier, de la glace vive, on en a en masse. J'ai des cloutés depuis trois hivers sur ma Civic et je ne reviendrais pas en arrière, surtout pour les côtes du boulevard le matin.
C Petit rappel : les pneus cloutés sont permis seulement pendant la saison froide, du 15 octobre au 1er mai. Il faut les enlever après, sinon tu risques une amende.
N Gab_Jonquiere
N Membre · 38 messages
N 15 nov. 2024 à 12 h 30
C Merci à vous deux. J'ai demandé des soumissions : environ 880 $ pour des non cloutés et 1 060 $ pour des cloutés, pose et balancement compris. Je pense que je vais aller avec les cloutés, rapport au rang.
B Répondre
B Citer
B J'aime
B Vous devez être connecté pour répondre à cette discussion.
B Discussions similaires
B Quel pneu d'hiver pour une Kona électrique ?
B Entreposage des pneus : chez le garagiste ou à la maison ?
B Conditions d'utilisation
B Confidentialité
B Aide
B © 2024 Forum Auto Boréal
""")

# fr 05: extracted wiki tutorial, print server on a Raspberry Pi
doc("fr", "extracted", "documentation",
    "https://wiki.bidouille-libre.example/index.php/"
    "Serveur_d_impression_CUPS_sur_Raspberry_Pi", """
C Partager une imprimante USB avec CUPS sur un Raspberry Pi
B Dernière modification le 9 janvier 2025 par fredo56
C Ce tutoriel explique comment transformer un Raspberry Pi en serveur d'impression, pour partager une vieille imprimante USB avec tous les ordinateurs et téléphones de la maison. Il a été testé avec Raspberry Pi OS Lite sur un Pi 3B+ et un Pi 4.
C Prérequis
C! un Raspberry Pi relié au réseau local, de préférence en Ethernet
C! un accès SSH, ou un clavier et un écran
C! une imprimante prise en charge par CUPS
C Installer CUPS
C Mettez d'abord le système à jour, puis installez le paquet cups :
C! sudo apt update && sudo apt upgrade
C! sudo apt install cups
C Ajoutez ensuite votre utilisateur au groupe lpadmin, qui donne le droit d'administrer les imprimantes depuis l'interface web :
C! sudo usermod -aG lpadmin pi
B~ [modifier]
C Autoriser l'accès depuis le réseau
C Par défaut, CUPS n'écoute que sur la machine elle-même. Pour ouvrir l'interface aux autres ordinateurs, modifiez le fichier /etc/cups/cupsd.conf : remplacez la ligne Listen localhost:631 par Port 631, puis ajoutez Allow @LOCAL dans les sections <Location /> et <Location /admin>.
C Plus simplement, ces deux commandes font les mêmes réglages et relancent le service :
C! sudo cupsctl --remote-admin --remote-any --share-printers
C! sudo systemctl restart cups
C Ajouter l'imprimante
C Sur un ordinateur du réseau, ouvrez un navigateur à l'adresse https://adresse-du-pi:631. Un avertissement de certificat s'affiche : c'est normal, le certificat est auto-signé.
C Dans l'onglet Administration, cliquez sur « Ajouter une imprimante », identifiez-vous avec le compte du Pi, puis choisissez l'imprimante USB détectée. Cochez « Partager cette imprimante » avant de valider.
C Astuce : si votre modèle n'apparaît pas dans la liste des pilotes, installez le paquet printer-driver-gutenprint, qui prend en charge plusieurs centaines d'imprimantes anciennes.
B~ [modifier]
C Dépannage
C L'imprimante n'apparaît pas sous Windows : vérifiez que le service avahi-daemon tourne sur le Pi, ou ajoutez l'imprimante à la main avec l'adresse http://adresse-du-pi:631/printers/NomDeLImprimante.
C Les impressions restent bloquées dans la file d'attente : suivez le journal avec sudo tail -f /var/log/cups/error_log pendant une page de test.
B Catégories : Raspberry Pi | Impression | Réseau local
B~ Cette page a été consultée 14 282 fois.
""")

# fr 06: cultural agenda for the Lille area, full page listing
doc("fr", "page", "listing",
    "https://www.sortir-lille-metropole.example/agenda/ce-week-end", """
B Agenda du week-end à Lille : concerts, expos, spectacles | Sortir Lille Métropole
B Aller au contenu
B Ce site utilise des cookies pour assurer son bon fonctionnement et, avec votre accord, pour établir des statistiques de fréquentation.
B J'accepte
B Je refuse
B Personnaliser
B Sortir Lille Métropole
B Agenda
B Restaurants
B Bars
B Expos
B Enfants
B Bons plans
B Rechercher un événement
B Accueil > Agenda > Ce week-end
C Que faire à Lille et dans la métropole ce week-end ?
C Du vendredi 21 au dimanche 23 mars 2025, notre sélection de sorties : du rock à Roubaix, une grande foire aux livres à Villeneuve-d'Ascq et un spectacle pour les tout-petits à Fives.
B Filtrer :
B Tous
B Concerts
B Expositions
B Théâtre
B Jeune public
B Gratuit
C Les Lignes Brisées + Sœur Tempête
C! Vendredi 21 mars à 20 h 30
C! La Cave aux Lumières, Roubaix
C! Tarif : 14 € en prévente, 17 € sur place
C Rock tendu et chanté en français pour le trio lillois, qui présente son deuxième album, enregistré dans une ancienne filature.
C Foire aux livres d'occasion
C! Samedi 22 et dimanche 23 mars, de 9 h à 18 h
C! Halle du Triolo, Villeneuve-d'Ascq
C! Entrée libre et gratuite
C Plus de 60 bouquinistes et associations, des bacs de bandes dessinées à 1 € et un coin d'échange pour les livres jeunesse.
C Petit Nuage et la pluie
C! Dimanche 23 mars à 10 h 30 et 16 h
C! Salle des Filatures, Lille-Fives
C! Dès 18 mois, durée 35 minutes
C Un spectacle de marionnettes sans paroles, tout en douceur, où une goutte de pluie découvre la ville. Réservation conseillée : la jauge est limitée à 40 spectateurs.
C Exposition « Fils et trames »
C! Jusqu'au 27 avril, du mercredi au dimanche, 11 h – 18 h
C! Maison du Tissage, Tourcoing
C! Plein tarif 6 €, gratuit le premier dimanche du mois
C Des métiers Jacquard aux tissus imprimés en 3D, deux siècles de textile dans la métropole racontés à travers 120 pièces, avec des démonstrations le week-end.
B Vous organisez un événement ? Proposez-le gratuitement
B Page 1 sur 4
B Suivant
B La newsletter du jeudi
B Chaque semaine, nos idées de sorties pour le week-end directement dans votre boîte mail.
B Votre adresse e-mail
B S'inscrire
B Qui sommes-nous
B Annoncer sur le site
B Mentions légales
B Politique de confidentialité
B © 2025 Sortir Lille Métropole
""")

# fr 07: extracted tech news about cookie banners, blank lines
doc("fr", "extracted", "article",
    "https://www.numerique-au-quotidien.example/vie-privee/bandeaux-cookies-"
    "refuser-doit-etre-aussi-simple-qu-accepter-7731", """
C Bandeaux cookies : refuser doit être aussi simple qu'accepter, rappelle le régulateur
C Plusieurs grands sites de commerce en ligne ont reçu une mise en demeure. En cause : des bandeaux où le bouton « Tout refuser » est caché, grisé ou relégué sur une deuxième page.
B Par Claire Dubois, publié le 12 mars 2025 à 14h20
B~ 5 min de lecture
C Qui n'a jamais cliqué sur « Accepter » par lassitude ? C'est précisément ce réflexe que visent certains bandeaux de consentement, conçus pour que l'internaute accepte les cookies publicitaires sans vraiment lire. L'autorité chargée de la protection des données a rappelé cette semaine une règle pourtant ancienne : refuser les traceurs doit être aussi facile que les accepter.
C Concrètement, si un site affiche un bouton « Tout accepter » dès le premier écran, il doit proposer au même niveau un moyen de tout refuser, de taille et de couleur comparables. Un lien « Continuer sans accepter » peut suffire, à condition d'être bien visible et non écrit en gris clair dans un coin.
B~ Publicité
C Ce qui est visé
C Le rappel cible plusieurs pratiques courantes :
C! cacher le refus derrière un bouton « Paramétrer »
C! cocher par défaut les cases des finalités publicitaires
C! redemander le consentement à chaque visite après un refus
C! bloquer l'accès au site tant que les cookies ne sont pas acceptés
C Les cookies strictement nécessaires au fonctionnement du site, comme ceux qui mémorisent le contenu d'un panier ou la langue choisie, ne sont pas concernés : ils peuvent être déposés sans consentement. Certains outils de mesure d'audience en sont aussi dispensés s'ils se limitent aux statistiques du site.
B À lire aussi : Mots de passe : pourquoi les gestionnaires gratuits ne se valent pas tous
C Et les murs « payer ou accepter » ?
C Les sites de presse qui laissent le choix entre accepter la publicité ciblée et souscrire un abonnement sans publicité ne sont pas visés par cette vague de mises en demeure. Le régulateur estime qu'une telle alternative peut être admise si le prix demandé reste raisonnable, sans fixer de montant.
C Les entreprises concernées ont trois mois pour se mettre en conformité. Faute de quoi, elles s'exposent à des amendes qui peuvent atteindre plusieurs millions d'euros.
C Pour les internautes, le conseil reste le même : prendre deux secondes pour chercher le bouton de refus, et revoir de temps en temps ses choix dans la rubrique « Gestion des cookies » ou « Politique de confidentialité », souvent placée en bas de page.
B Cet article est paru dans notre lettre hebdomadaire Vie privée. Abonnez-vous gratuitement.
""", blank=True)

# fr 08: gardening site, winter vegetables collection, full page
doc("fr", "page", "collection",
    "https://www.au-jardin-des-quatre-saisons.example/potager/"
    "legumes-d-hiver/", """
B Légumes d'hiver : toutes nos fiches | Au jardin des quatre saisons
B Aller au menu
B Aller au contenu
B Au jardin des quatre saisons
B Potager
B Verger
B Fleurs
B Jardin bio
B Outils
B Calendrier des semis
B Forum
B Boutique
B Rechercher
B Accueil › Potager › Légumes d'hiver
C Les légumes d'hiver au potager
C Qui a dit que le potager devait dormir de novembre à mars ? Poireaux, choux, mâche ou panais supportent très bien le froid, et certains deviennent même plus sucrés après les premières gelées. Voici nos fiches pour les semer, les planter et les récolter au bon moment.
B Trier par :
B Les plus récents
B Les plus lus
B A à Z
C Poireau d'hiver : semis, repiquage et buttage
C Semé au printemps, repiqué en été, le poireau d'hiver se récolte tout l'hiver au fur et à mesure des besoins. Nos conseils pour obtenir de longs fûts bien blancs.
C Mâche : la salade qui ne craint pas le gel
C Facile et peu exigeante, la mâche se sème à la volée dès la fin de l'été. Comment éviter la fonte des semis et récolter jusqu'en mars.
C Chou de Milan : le protéger sans pesticides
C Piéride, altise, mouche du chou : le chou attire bien des gourmands. Filets, associations de plantes et rotations pour le défendre naturellement.
C Panais : le légume oublié qui revient en force
C Sa germination est lente et capricieuse, mais une fois levé, le panais ne demande presque rien. Semis, éclaircissage et conservation en pleine terre.
C Topinambour : attention, il s'installe pour de bon
C Très productif et rustique, le topinambour peut vite envahir un coin du jardin. Où le planter et comment limiter son extension.
B Publicité
C Épinard d'hiver : semis d'automne sous tunnel
C Semé en septembre, l'épinard d'hiver donne des feuilles tendres jusqu'au printemps. Le choix des variétés et l'intérêt d'un simple voile d'hivernage.
B 1
B 2
B 3
B Page suivante
B Abonnez-vous à notre lettre du jardinier : un conseil de saison tous les quinze jours.
B Votre e-mail
B Je m'abonne
B À propos
B Contact
B Mentions légales
B Cookies
B © Au jardin des quatre saisons, 2025
""")

# fr 09: extracted used-car listing, Liège area
doc("fr", "extracted", "listing",
    "https://www.occaz-auto-wallonie.example/recherche/liege?rayon=20km&"
    "prix-max=16000", """
C Voitures d'occasion à Liège et environs : 214 annonces
B Enregistrer cette recherche
C! Peugeot 308 SW 1.2 PureTech Allure
C! 2020 · 64 300 km · essence · boîte manuelle
C! Prix : 15 490 €
C Garage Meuse Auto, Herstal · Carnet d'entretien complet, premier propriétaire, contrôle technique en ordre.
B~ Comparer
C! Volkswagen Polo 1.0 TSI Life
C! 2021 · 38 900 km · essence · manuelle
C! Prix : 14 250 €
C Particulier, Seraing · Pneus hiver sur jantes inclus, dernière révision en janvier.
B~ Annonce sponsorisée
C! Dacia Sandero Stepway 1.0 TCe
C! 2022 · 22 100 km · essence · manuelle
C! Prix : 13 900 €
C Auto Liège Sud, Flémalle · Garantie 12 mois, reprise de votre véhicule possible.
C! Toyota Yaris 1.5 Hybrid Dynamic
C! 2019 · 91 500 km · hybride · automatique
C! Prix : 14 700 €
C Particulier, Chaudfontaine · Véhicule non fumeur, caméra de recul, deux clés.
C! Renault Clio 1.0 TCe Intens
C! 2021 · 47 800 km · essence · manuelle
C! Prix : 13 450 €
C Garage des Trois Ponts, Ans · Première immatriculation en Belgique, norme Euro 6d.
B Page 1 sur 18 · Suivante
B Recevez les nouvelles annonces par e-mail
""")

# fr 10: vet clinic in Sherbrooke, preventive care service page
doc("fr", "page", "service",
    "https://www.clinique-veterinaire-des-cantons.example/services/"
    "soins-preventifs", """
B Soins préventifs – Clinique vétérinaire des Cantons, Sherbrooke
B Passer au contenu
B English
B Accueil
B La clinique
B Services
B Équipe
B Tarifs
B Nouvelles
B Nous joindre
B Prendre rendez-vous
B 819 555-0148
C Soins préventifs pour chiens et chats
C Un examen annuel permet de repérer tôt les problèmes de santé qui passent souvent inaperçus à la maison : maladie dentaire, surpoids, souffle au cœur, masses sous la peau. Chez nous, chaque visite préventive dure au moins trente minutes, le temps de répondre à toutes vos questions.
C Ce que comprend la visite
C! examen physique complet, du museau à la queue
C! vaccins adaptés au mode de vie de votre animal
C! prévention des puces, des tiques et du ver du cœur
C! conseils sur l'alimentation et le poids santé
C Pour les chatons et les chiots, un forfait première année regroupe les trois visites de vaccination, la vermifugation et une consultation de suivi après la stérilisation.
C Tarifs indicatifs
C! Examen annuel : 89 $
C! Forfait chaton ou chiot : 395 $
C! Vaccin contre la rage : 38 $
C! Détartrage sous anesthésie : à partir de 420 $
C Les prix sont avant taxes et peuvent varier selon le poids de l'animal. Une estimation écrite vous est remise avant toute intervention.
C Heures d'ouverture
C! Lundi au jeudi : 8 h à 20 h
C! Vendredi : 8 h à 17 h
C! Samedi : 9 h à 13 h
C Urgences
C En dehors de nos heures, appelez le centre d'urgence vétérinaire de l'Estrie, ouvert 24 heures sur 24. Si votre animal a avalé un produit toxique, apportez l'emballage avec vous.
B Prendre rendez-vous en ligne
B Clinique vétérinaire des Cantons
B 1250, rue King Ouest, Sherbrooke (Québec)
B Suivez-nous sur Facebook et Instagram
B Politique de confidentialité
B Plan du site
B © 2025 Clinique vétérinaire des Cantons. Tous droits réservés.
""")

# ---------------------------------------------------------------- Spanish --

# es 01: extracted regional news (Jalisco), planned water cut, blank lines
doc("es", "extracted", "article",
    "https://www.diario-occidente-jalisco.example/zapopan/2025/03/12/"
    "colonias-sin-agua-por-obras-en-el-acueducto-51190.html", """
C Zapopan: 38 colonias se quedarán sin agua tres días por obras en el acueducto
B Por Lucía Méndez | 12/03/2025 - 14:20
C El organismo operador anunció un corte programado del jueves 20 al sábado 22 de marzo para conectar un nuevo tramo de tubería. Habrá pipas gratuitas en puntos fijos.
B~ Foto: Especial
C Vecinos de 38 colonias del poniente de Zapopan tendrán que almacenar agua esta semana. El organismo operador confirmó que suspenderá el suministro durante 72 horas para conectar 1.200 metros de tubería nueva al acueducto que abastece a la zona.
C Según el director de operación, Ramiro Castañeda, la tubería actual tiene más de cuarenta años y registra en promedio una fuga grave cada semana. "Sabemos que es una molestia, pero si no hacemos la obra ahora, en temporada de estiaje los cortes serían peores y sin aviso", explicó en conferencia de prensa.
C Entre las colonias afectadas están Las Águilas, Ciudad Granja, Jardines del Sol y Paseos del Sol. El listado completo se puede consultar en la página del organismo y en sus oficinas de atención ciudadana.
B Te puede interesar: Guadalajara prueba semáforos inteligentes en avenida Vallarta
C Cómo prepararse
C! Llenar tinacos y cisternas antes del jueves a las 6:00 horas
C! Cerrar la llave de paso mientras dure el corte
C! Dejar correr el agua unos minutos cuando regrese el servicio
C El suministro se restablecerá de manera gradual a partir del domingo; las zonas altas podrían tardar hasta 24 horas más en recibir presión normal.
C Habrá 15 pipas en parques, escuelas y templos, de 8:00 a 20:00 horas, y se atenderán solicitudes especiales de hospitales, asilos y personas con discapacidad a través del teléfono de emergencias del organismo.
B+ Publicidad
C+ Comerciantes de Ciudad Granja pidieron que se les permita guardar agua en tambos dentro de sus locales sin ser multados por Protección Civil. La dependencia respondió que revisará cada caso.
C Algunos vecinos criticaron que el aviso llegara con apenas una semana de anticipación. "Hay gente que trabaja todo el día y no tiene cómo llenar cubetas a media tarde", dijo Rosa María Ortiz, habitante de Jardines del Sol desde hace veinte años.
B Noticias relacionadas
B~ Tlaquepaque amplía el horario de recolección de basura en 60 colonias
""", blank=True)

# es 02: town hall service page, bulky-waste collection, full page
doc("es", "page", "service",
    "https://www.ayto-torrealta.example/servicios/medio-ambiente/"
    "recogida-de-muebles-y-enseres", """
B Recogida de muebles y enseres - Ayuntamiento de Torrealta
B Ir al contenido principal
B Utilizamos cookies propias y de terceros con fines analíticos. Puede aceptarlas, rechazarlas o configurarlas.
B Aceptar
B Rechazar
B Configurar
B Castellano
B Valencià
B Sede electrónica
B Ayuntamiento de Torrealta
B El Ayuntamiento
B Trámites
B Servicios
B Turismo
B Agenda
B Contacto
B Inicio / Servicios / Medio ambiente / Recogida de voluminosos
C Recogida gratuita de muebles y enseres voluminosos
C El servicio municipal recoge a domicilio, sin coste, los muebles y electrodomésticos viejos de los vecinos empadronados en Torrealta. Solo hay que pedir cita previa y dejar los objetos en la puerta del portal la noche anterior.
C Qué se recoge
C! muebles: sofás, somieres, armarios desmontados, sillas y mesas
C! electrodomésticos: frigoríficos, lavadoras, hornos, televisores
C! colchones y alfombras, preferiblemente enrollados y atados
C Qué no se recoge
C Escombros, restos de obra, neumáticos, baterías, pinturas ni productos químicos. Estos residuos deben llevarse al ecoparque municipal del camino de la Sénia.
C Cómo pedir cita
C 1. Solicite la recogida por teléfono en el 010 o en la sede electrónica, en el trámite "Retirada de enseres a domicilio".
C 2. Indique la dirección, los objetos que va a dejar y un teléfono de contacto.
C 3. Recibirá un SMS con el día asignado, normalmente en un plazo de cinco a diez días.
C 4. Saque los objetos a la calle el día anterior, entre las 20:00 y las 23:00 horas, junto al portal y sin obstaculizar el paso.
C! Máximo de cinco piezas por recogida y domicilio
C Abandonar muebles en la vía pública sin cita previa está sancionado con multas de hasta 750 euros según la ordenanza municipal de limpieza.
C Horario de atención del 010
C! De lunes a viernes, de 8:00 a 20:00 horas
C! Sábados, de 9:00 a 14:00 horas
B ¿Le ha resultado útil esta información?
B Sí
B No
B Trámites relacionados
B Solicitud de contenedor para obras
B Tarjeta de acceso al ecoparque
B Ayuntamiento de Torrealta · Plaza Mayor, 1 · 46999 Torrealta
B Aviso legal
B Política de privacidad
B Política de cookies
B Accesibilidad
B © 2025 Ayuntamiento de Torrealta
""")

# es 03: extracted product page, folding e-bike
doc("es", "extracted", "product",
    "https://www.ciclos-urbanos-online.example/bicicletas-electricas/"
    "plegables/urbia-20", """
C Bicicleta eléctrica plegable Urbia 20"
B~ ★★★★☆ (58 opiniones)
C! Precio: 899,00 € IVA incluido
C! Color: gris grafito / blanco perla / verde oliva
C! Plazo de entrega: 3 a 5 días laborables
B Envío gratis a península en pedidos superiores a 50 €
C Plegada en menos de diez segundos, la Urbia cabe debajo de una mesa de oficina, en el maletero de un utilitario o en el hueco entre asientos del tren de cercanías. Su motor trasero te ayuda en las cuestas sin que tengas que llegar sudando al trabajo.
C La batería se extrae con llave y se carga en cualquier enchufe en unas cinco horas. Con el nivel de asistencia más bajo, la autonomía supera los 70 kilómetros en terreno llano.
B+ Añadir a la cesta
C Especificaciones
C! Peso: 19,5 kg con batería
C! Motor: 250 W, 36 V, buje trasero
C! Batería: 36 V 10,4 Ah, 375 Wh, extraíble
C! Autonomía: de 45 a 75 km según asistencia y terreno
C! Cambio: 7 velocidades
C! Ruedas: 20 pulgadas
C! Carga máxima: 110 kg
C! Tiempo de carga: 5 horas
C Incluye guardabarros, portabultos trasero, luces delantera y trasera alimentadas por la batería y caballete lateral.
C Preguntas frecuentes
C ¿Se puede subir al tren? Sí, plegada y dentro de su funda se considera equipaje de mano en la mayoría de servicios de cercanías y media distancia.
C ¿Necesita seguro o matrícula? No: con un motor de 250 W y asistencia limitada a 25 km/h, a efectos legales es una bicicleta.
B Compra ahora y paga en 3 plazos sin intereses
B Quizá también te interese: Funda de transporte Urbia, Candado plegable de acero
""")

# es 04: Argentine DIY forum, insulating a sheet-metal roof, full page
doc("es", "page", "forum",
    "https://www.foro-construir-en-casa.example/techos-y-cubiertas/"
    "lana-de-vidrio-o-espuma-techo-de-chapa.t9921", """
B Aislación techo de chapa: ¿lana de vidrio o espuma? - Foro Construir en Casa
B Ir al contenido
B Foro Construir en Casa
B Inicio
B Foros
B Mensajes nuevos
B Buscar
B Ingresar
B Registrarse
B Foro › Construcción en seco › Techos y cubiertas
C ¿Lana de vidrio o espuma proyectada para un techo de chapa en Córdoba?
N Nacho_Villa_Allende
N Usuario · 21 mensajes
N 03/01/2025 - 16:40
C Buenas, gente. Tengo un quincho de 6 x 8 metros con techo de chapa acanalada sobre tirantes de madera, y en verano es un horno: a las cuatro de la tarde no se puede estar adentro. Quiero aislarlo antes de que vuelva a pegar fuerte el calor.
C Me pasaron dos presupuestos: uno con lana de vidrio con foil de aluminio entre la chapa y las correas, y otro con espuma de poliuretano proyectada desde abajo. ¿Qué me recomiendan? ¿Alguien tiene alguno de los dos hace varios años?
N Techista_Cba
N Usuario destacado · 1.877 mensajes
N 03/01/2025 - 18:05
C La espuma funciona muy bien y además te sella cualquier filtración, pero ojo: una vez proyectada, si mañana tenés que cambiar una chapa, es un lío bárbaro. Y tiene que quedar protegida del sol y del fuego, no la dejes a la vista en un quincho donde hacés asado.
C La lana con foil es más barata y, si la colocás bien, con el aluminio mirando a la chapa y una cámara de aire, la diferencia se nota muchísimo.
N Caro_Rio_Cuarto
N Usuario · 304 mensajes
N 04/01/2025 - 09:12
N Techista_Cba dijo: "no la dejes a la vista en un quincho donde hacés asado"
C Tal cual. Nosotros pusimos espuma en el galpón y después tuvimos que revestirla con placas de yeso ignífugas, que no estaban en el presupuesto. Al final salió casi el doble que la lana.
N Nacho_Villa_Allende
N Usuario · 21 mensajes
N 05/01/2025 - 11:30
C Gracias a los dos. Voy con lana de vidrio de 50 mm con foil y cielorraso de machimbre abajo, así además queda lindo. Cuando esté terminado les cuento cuántos grados bajó.
B Responder
B Citar
B Me gusta
B Tenés que iniciar sesión para responder en este tema.
B Temas similares
B Barrera de vapor en muro de steel frame: ¿de qué lado va?
B ¿Vale la pena pintar la chapa con membrana blanca?
B Reglas del foro
B Privacidad
B Contacto
B © 2025 Foro Construir en Casa
""")

# es 05: extracted help-centre article, corrective invoices
doc("es", "extracted", "documentation",
    "https://ayuda.contafacil-pymes.example/es/articulos/"
    "emitir-factura-rectificativa", """
C Cómo emitir una factura rectificativa
B Actualizado hace 2 meses
C Una factura rectificativa corrige una factura ya emitida: un importe mal calculado, un descuento que no se aplicó, una devolución de mercancía o un error en los datos fiscales del cliente. Una factura emitida no se puede borrar ni modificar, así que la corrección siempre se hace con un documento nuevo que hace referencia a la original.
C Antes de empezar
C Comprueba que la factura original está en estado Emitida o Cobrada. Las facturas en borrador se pueden editar directamente y no necesitan rectificativa.
C Pasos
C! 1. Ve a Ventas > Facturas y abre la factura que quieres corregir.
C! 2. Haz clic en Más acciones > Crear rectificativa.
C! 3. Elige el motivo de la rectificación en el desplegable.
C! 4. Elige el tipo: por diferencias o por sustitución.
C! 5. Revisa las líneas y pulsa Emitir.
C Por diferencias o por sustitución
C Por diferencias: la rectificativa solo recoge la diferencia con la factura original, normalmente en negativo. Es la opción más habitual para devoluciones y descuentos posteriores.
C Por sustitución: la rectificativa sustituye por completo a la original e incluye todas las líneas con los importes correctos. Úsala cuando el error afecte a muchos conceptos o a los datos del cliente.
C Numeración
C Las rectificativas usan su propia serie, que por defecto empieza por R (por ejemplo, R2025-0007). Puedes cambiar el prefijo en Configuración > Series de facturación, pero no reutilices la serie de las facturas ordinarias.
B~ Ver también: Configurar series de facturación
C Si tienes activado el envío automático a la Agencia Tributaria, la rectificativa se enviará en cuanto la emitas, igual que cualquier otra factura. Revisa bien el importe antes de pulsar Emitir: una rectificativa emitida tampoco se puede borrar.
C! Atajo de teclado: Ctrl + Mayús + R desde la ficha de la factura
B ¿Te ha resultado útil? Sí No
B Artículos relacionados: Anular una factura emitida · Registrar un abono de cliente
""")

# es 06: job board, offers in Zaragoza, full page listing
doc("es", "page", "listing",
    "https://www.empleo-aragon-hoy.example/ofertas/zaragoza?orden=fecha", """
B Ofertas de empleo en Zaragoza - 326 ofertas | Empleo Aragón Hoy
B Saltar al contenido
B Usamos cookies para que la web funcione y, si nos dejas, para analizar el tráfico y mostrarte anuncios personalizados.
B Aceptar todas
B Solo necesarias
B Empleo Aragón Hoy
B Buscar empleo
B Empresas
B Consejos
B Publicar oferta
B Acceder
B Subir mi CV
B Inicio > Ofertas > Zaragoza
C Trabajo en Zaragoza: últimas ofertas
C 326 ofertas publicadas en los últimos 30 días
B Crear alerta de empleo
B Filtros
B Jornada completa
B Media jornada
B Teletrabajo
B Sin experiencia
C Técnico/a de mantenimiento industrial
C! Plásticos del Ebro S.L. · Polígono Plaza, Zaragoza
C! 28.000 – 32.000 € brutos/año · Indefinido · Jornada completa
C Mantenimiento preventivo y correctivo de líneas de inyección. Se valora FP de Grado Superior en Mecatrónica y disponibilidad para turnos rotativos.
C Dependiente/a de panadería, fines de semana
C! Horno San Lamberto · Delicias, Zaragoza
C! 9,80 €/hora · Temporal · Media jornada
C Atención al público, reposición y cobro. Sábados y domingos de 7:00 a 14:00. No se requiere experiencia.
C Administrativo/a contable
C! Gestoría Ribera Asesores · Centro, Zaragoza
C! 24.000 € brutos/año · Indefinido · Jornada completa
C Contabilidad de pymes, presentación de modelos trimestrales de IVA e IRPF y atención a clientes. Imprescindible manejo avanzado de hojas de cálculo.
B Oferta destacada
C Conductor/a de reparto con carné C
C! Logística Moncayo · Plaza Logística, Zaragoza
C! 2.100 € brutos/mes · Indefinido · Jornada completa
C Reparto a supermercados de la provincia con camión rígido. Horario de 6:00 a 14:00 de lunes a viernes. Carné C y CAP en vigor.
C Desarrollador/a web junior
C! Estudio Cierzo Digital · Teletrabajo parcial, Zaragoza
C! 22.000 – 25.000 € brutos/año · Prácticas con contrato
C Maquetación y desarrollo de tiendas en línea. Buscamos a alguien con ganas de aprender y conocimientos de HTML, CSS y algo de PHP.
B Página 1 de 33
B Siguiente ›
B Recibe las nuevas ofertas de Zaragoza en tu correo
B Tu email
B Suscribirme
B Quiénes somos
B Aviso legal
B Política de privacidad
B Política de cookies
B © 2025 Empleo Aragón Hoy
""")

# es 07: extracted consumer magazine article about hidden advertising
doc("es", "extracted", "article",
    "https://www.consumidores-al-dia.example/derechos/publicidad-encubierta-"
    "en-redes-como-saber-si-un-video-es-un-anuncio", """
C Publicidad encubierta en redes: cómo saber si un vídeo es un anuncio
C Muchos creadores de contenido cobran por hablar de productos sin dejarlo claro. Te explicamos qué exige la normativa y qué señales delatan un contenido patrocinado.
B Por Marta Solís Arregui | 05/02/2025 - 09:00
B~ Tiempo de lectura: 4 minutos
C "Llevo un mes usando esta crema y mi piel ha cambiado por completo. Os dejo el código de descuento en la descripción y no olvidéis suscribiros". Si un vídeo así no indica en ningún momento que la marca ha pagado, es publicidad encubierta, y está prohibida.
C La ley exige que cualquier comunicación comercial se pueda identificar como tal. En redes sociales eso significa que, si hay un pago, un regalo del producto o cualquier otra contraprestación, el contenido debe llevar una etiqueta visible desde el principio: "publicidad", "anuncio" o "colaboración pagada", y no escondida entre diez hashtags al final del texto.
B~ Publicidad
C Señales de alerta
C! Códigos de descuento personales o enlaces con seguimiento
C! Frases como "gracias a la marca por confiar en mí"
C! Productos que aparecen una y otra vez, siempre bien iluminados
C! Etiquetas ambiguas como #colab, #sp o #ad perdidas al final del texto
C Ninguna de estas señales demuestra por sí sola que haya un acuerdo comercial, pero si se juntan varias conviene tomarse las recomendaciones con cautela.
B Te puede interesar: Devoluciones en compras online, los 14 días explicados
C Qué puedes hacer
C Las propias plataformas permiten denunciar un contenido como publicidad no declarada desde el menú de opciones de cada publicación. También puedes presentar una reclamación ante la autoridad de consumo de tu comunidad autónoma, con capturas de pantalla y el enlace al contenido.
C Las marcas responden junto con el creador: no basta con que el contrato diga que el influencer debe etiquetar la publicidad, la empresa tiene que comprobar que lo hace.
B Suscríbete para seguir leyendo
B~ Accede a todos nuestros contenidos desde 2,99 €/mes
""")

# es 08: Mexican recipe site, salsas collection, full page
doc("es", "page", "collection",
    "https://www.la-cocina-de-mi-abuela-mx.example/recetas/salsas/", """
B Salsas mexicanas: 24 recetas caseras | La Cocina de Mi Abuela
B Saltar al contenido
B La Cocina de Mi Abuela
B Recetas
B Antojitos
B Guisados
B Postres
B Bebidas
B Videos
B Iniciar sesión
B Inicio » Recetas » Salsas
C Salsas para todos los gustos
C Ninguna mesa mexicana está completa sin una buena salsa. Aquí reunimos nuestras recetas favoritas, de las más suaves para los niños a las que hacen llorar a cualquiera, con ingredientes que encuentras en el mercado o en el súper.
B Publicidad
C Salsa verde cruda con aguacate
C Tomatillo, chile serrano, cilantro y aguacate licuados en dos minutos. Ideal para tacos de carnitas.
C! 10 min · Fácil · Picor medio
C Salsa roja de molcajete
C Jitomates y chiles asados en comal y martajados a mano, como en las fondas de antes.
C! 25 min · Fácil · Picor medio
C Salsa macha con cacahuate
C Chile de árbol y morita fritos en aceite con ajo, ajonjolí y cacahuate. Dura semanas en el refrigerador.
C! 30 min · Media · Picor alto
C Pico de gallo clásico
C Jitomate, cebolla, chile y limón picados finitos. Fresco, sin cocción y perfecto para tostadas.
C! 15 min · Fácil · Picor bajo
C Salsa de chile pasilla para enchiladas
C Espesa y ligeramente dulce, con chile pasilla, ajo y un toque de canela. Se puede congelar.
C! 40 min · Media · Picor bajo
C Salsa de habanero tatemado
C Al estilo yucateco, con naranja agria. Un par de gotas bastan.
C! 20 min · Fácil · Picor muy alto
B Cargar más recetas
B Recibe una receta nueva cada semana
B Tu correo electrónico
B Suscribirme
B Síguenos en Facebook, Instagram y YouTube
B Aviso de privacidad
B Términos y condiciones
B © 2025 La Cocina de Mi Abuela
""")

# es 09: extracted property listing, flats to rent in Rosario
doc("es", "extracted", "listing",
    "https://www.alquileres-rosario-centro.example/departamentos/alquiler/"
    "rosario?moneda=ars", """
C Departamentos en alquiler en Rosario: 87 resultados
B~ Ordenar por: Más recientes
C! Monoambiente en barrio Martin, a dos cuadras del río
C! $ 420.000 / mes + $ 55.000 expensas
C! 32 m² · 1 ambiente · 1 baño · 4.º piso con ascensor
C Luminoso, con balcón al frente y cocina integrada. Edificio con laundry y SUM. Contrato de 2 años, se pide garantía propietaria o seguro de caución.
B~ Contactar · Ver teléfono
C! Dos ambientes en Pichincha, reciclado a nuevo
C! $ 560.000 / mes + $ 70.000 expensas
C! 48 m² · 2 ambientes · 1 baño · PB con patio
C Piso de porcelanato, aberturas nuevas de aluminio y aire acondicionado frío/calor en el living. Se aceptan mascotas chicas.
B Destacado
C! Tres ambientes en Echesortu, con cochera
C! $ 750.000 / mes + $ 95.000 expensas
C! 72 m² · 3 ambientes · 2 baños · 2.º piso por escalera
C Dos dormitorios con placard, cocina separada y lavadero. Cochera cubierta incluida en el precio. Ideal para familia.
C! Dos ambientes frente al parque Independencia
C! $ 610.000 / mes, sin expensas
C! 55 m² · 2 ambientes · 1 baño · PH al fondo
C PH de pasillo, sin gastos comunes, con terraza propia y parrilla. Necesita algo de pintura, que el dueño descuenta del primer mes.
B Página 1 de 9 · Siguiente
""")

# es 10: personal blog, composting in a small flat, full page with comments
doc("es", "page", "article",
    "https://www.vivir-con-menos-basura.example/2024/10/compost-en-un-piso-"
    "pequeno/", """
B Cómo empecé a hacer compost en un piso de 60 metros (y no huele) – Vivir con menos basura
B Ir al contenido
B Vivir con menos basura
B Inicio
B Blog
B Recursos
B Sobre mí
B Contacto
B Buscar
C Compost en un piso pequeño: lo que aprendí en mi primer año
B Publicado el 18 de octubre de 2024 por Irene Castaño
B 12 comentarios
C Cuando le dije a mi pareja que quería hacer compost en casa, lo primero que me preguntó fue si el salón iba a oler a basura. Vivimos en un piso de 60 metros en Valladolid, sin terraza y con un balcón donde apenas caben dos sillas. Un año después puedo decir que no huele, y que la bolsa de orgánico se ha quedado en casi nada.
C Qué sistema elegí
C Probé primero con un cubo con grifo para fermentar los restos, pero me costaba conseguir el salvado y el líquido que soltaba no me convencía. Al final me quedé con una vermicompostera de tres bandejas, con lombrices rojas que me regaló una vecina del huerto urbano del barrio.
C Lo que sí y lo que no
C! Sí: pieles de fruta y verdura, posos de café, cáscaras de huevo trituradas, cartón sin tinta
C! No: carne, pescado, lácteos, muchos cítricos ni nada con aceite
C! Trocear los restos acelera muchísimo el proceso
C El truco que más me ayudó fue mantener siempre una capa de cartón humedecido encima de los restos. Evita las mosquitas y mantiene la humedad justa. Si la bandeja se ve encharcada, añado más cartón; si está seca, un poco de agua con un pulverizador.
C Cuánto compost sale
C En doce meses hemos sacado unos 15 kilos de humus, que han ido a las macetas del balcón y a los alcorques de la calle, con permiso de la comunidad. Las tomateras cherry de este verano lo agradecieron.
C Si tienes dudas, déjalas en los comentarios e intentaré responderlas todas.
B Comparte este artículo
B Facebook
B WhatsApp
B Telegram
B Correo
B Entradas relacionadas
B Cinco trucos para comprar a granel sin morir en el intento
B Mi cocina sin plástico: balance después de seis meses
B Comentarios
N Javier M.
N 19 de octubre de 2024 a las 10:14
N ¿Y en verano con el calor no se mueren las lombrices? Yo tengo el balcón orientado al sur.
B Responder
N Irene Castaño
N 19 de octubre de 2024 a las 12:30
N Hola, Javier. En julio la metí dentro de casa, en el baño, que es la habitación más fresca. Por encima de 30 grados lo pasan mal.
B Deja un comentario
B Tu dirección de correo electrónico no será publicada.
B Publicar comentario
B © 2025 Vivir con menos basura · Aviso legal · Política de privacidad y cookies
""")

# ---------------------------------------------------------------- English --

# en 01: extracted local news, rural bus route withdrawn
doc("en", "extracted", "article",
    "https://www.wyedale-gazette.example/news/local/bus-route-47-to-be-"
    "axed-holme-park-estate-24117", """
C Bus route 47 to be axed as operator blames falling passenger numbers
B By Tom Hargreaves, Local Democracy Reporter
B~ Published 4 February 2025, 16:32 GMT
C Residents of the Holme Park estate say they will be cut off from the town centre after the last bus linking them to Wyedale runs at the end of March.
B~ Image caption: The 47 currently runs every 40 minutes from Holme Park to the bus station
C The operator, Dale Valley Buses, told the county council this week that the route has lost money for three years in a row and that it can no longer run it without a subsidy. Passenger numbers fell from around 1,100 a week in 2019 to just under 600 last year, according to figures shared with councillors.
C The final service will run on Saturday 29 March.
C For many on the estate, where around a third of households do not own a car, the news came as a shock. "I'm 79 and I don't drive. The 47 is how I get to the surgery, the chemist and the shops," said Margaret Pollard, who has lived on Holme Park for more than 40 years. "What are we supposed to do, walk two miles each way?"
C The county council said it was looking at whether a demand-responsive minibus, booked by phone or app, could replace part of the route. A similar scheme already operates in villages north of the town.
B Read more: Wyedale station car park to close for resurfacing
C What happens next
C! A consultation on the minibus scheme opens on 10 February
C! A public meeting will be held at Holme Park Community Centre on 18 February at 6.30pm
C! Residents can also respond by post or at Wyedale library
C Councillor Priya Nand, cabinet member for transport, said: "We know how much this route matters to people. We can't force a commercial operator to keep running a service, but we are determined that nobody on Holme Park is left stranded."
C Dale Valley Buses said in a statement that it had "explored every option", including cutting the frequency, before deciding to withdraw the service.
B Got a story? Email newsdesk@wyedale-gazette.example
B~ Follow us on Facebook and X
""")

# en 02: garden shop product page, hose reel, full page
doc("en", "page", "product",
    "https://www.greenshed-garden-supplies.example/watering/hose-reels/"
    "auto-rewind-wall-hose-reel-30m", """
B Wall-Mounted Hose Reel with 30m Hose | Greenshed Garden Supplies
B Skip to content
B Free UK delivery on orders over £40 | Next-day delivery available
B We use cookies to improve your experience and show you relevant offers.
B Manage preferences
B Accept all
B Reject non-essential
B Greenshed
B Search products
B Sign in
B Basket (0)
B Garden tools
B Watering
B Outdoor living
B Plants & seeds
B Sale
B Home / Watering / Hose reels
C Greenshed Auto-Rewind Wall Hose Reel, 30m
B ★★★★☆ 4.3 (212 reviews)
C! Price: £89.99 inc. VAT
C! Hose length: 20m / 30m
C! In stock, dispatched within 1 working day
B Add to basket
B Add to wishlist
C Tired of tripping over a tangled hose? This reel mounts on any wall or fence post and winds the hose back in on its own: give it a gentle tug and it retracts smoothly, with a guide arm that lays the hose evenly so it never jams.
C The reel swivels through 180 degrees, so you can water both sides of the garden without dragging the hose around corners. A locking mechanism lets you stop it at any length.
C What's in the box
C! Reel with 30m of 12.5mm anti-kink hose
C! 8-pattern spray gun
C! 2m connecting hose and tap adaptor
C! Wall bracket, screws and wall plugs
C Specifications
C! Dimensions: 54 x 48 x 21 cm
C! Weight: 8.4 kg
C! Maximum pressure: 8 bar
C! Material: UV-resistant polypropylene housing
C! Guarantee: 3 years
C Delivery and returns
C Standard delivery is £4.95, or free on orders over £40. Large items go by courier to mainland UK in 2 to 3 working days. You can return unused items within 30 days for a full refund.
N Reviews
N Good quality, easy to fit on my shed. Rewind is a bit quick, hold the spray gun as it comes in! Sue, Leicester
N Hose started leaking at the connector after one summer. Replacement part was sent free though. Dan R.
B See all 212 reviews
B Customers also bought
B Brass hose connector set
B Rain gauge with stake
B Sign up for 10% off your first order
B Email address
B Subscribe
B Help & FAQs
B Delivery information
B Returns
B Privacy policy
B Terms and conditions
B © 2025 Greenshed Garden Supplies Ltd
""")

# en 03: extracted home-networking forum thread, mesh Wi-Fi dropouts
doc("en", "extracted", "forum",
    "https://www.homenetworking-talk.example/threads/mesh-wi-fi-drops-out-"
    "upstairs-every-evening.30551/", """
C Mesh Wi-Fi drops out upstairs every evening around 8pm
N dunfermline_dave
N Posted 11 Jan 2025
C I've got a three-pack mesh system (main unit by the router in the hall, one in the living room, one on the landing). Daytime it's fine, but most evenings from about 8 until 11 the upstairs unit loses its connection to the others and the kids' laptops drop off completely. Restarting it fixes it for an hour or so.
C Firmware is up to date. Any ideas before I box it up and send it back?
N kettle_on_networks
N 11 Jan 2025
C Evenings are when all your neighbours are online as well, so the 5 GHz link between the units is probably getting congested or falling back to a slower band. A few things to try:
C! Move the landing unit closer, ideally with one wall between it and the living room unit, not two
C! Set a fixed 5 GHz channel in the app instead of auto
C! If you can, run an Ethernet cable between two units and use wired backhaul
C Wired backhaul made a massive difference in my house. Even a powerline adapter was better than wireless for the top floor.
N dunfermline_dave
N 12 Jan 2025
C Thanks. Tried the fixed channel first, channel 36 as the scanner app said it was the quietest. Two evenings without a single drop so far.
N sparky_in_leeds
N 13 Jan 2025
B~ Quote
C Just a heads up: some of these systems switch channel automatically at night to run a scan, which can cause exactly what you described. There's usually a setting called something like "auto channel optimisation", worth turning off if the fixed channel works.
B Reply · Like · Report
B Similar threads: Powerline adapters keep disconnecting
""")

# en 04: backup tool documentation, retention policies, full page
doc("en", "page", "documentation",
    "https://docs.tidewater-backup.example/v2.4/configuration/retention/", """
B Retention policies - Tidewater documentation
B Skip to main content
B Tidewater
B Docs
B Blog
B Community
B GitHub
B Search docs... Ctrl K
B v2.4 (latest)
B Getting started
B Installation
B Quick start
B Configuration
B Repositories
B Schedules
B Retention policies
B Encryption
B Restoring files
B CLI reference
B FAQ
C Retention policies
C A retention policy decides which snapshots Tidewater keeps and which it deletes after each backup. Without a policy, snapshots pile up forever and your repository keeps growing.
C How it works
C After a successful backup, Tidewater sorts the job's snapshots from newest to oldest and walks through the rules below. A snapshot is kept if at least one rule keeps it; everything else is marked for deletion. Space is only freed when the next prune runs.
C! keep_last: the most recent N snapshots, whatever their age
C! keep_daily: the newest snapshot of each of the last N days
C! keep_weekly: the newest snapshot of each of the last N weeks
C! keep_monthly: the newest snapshot of each of the last N months
C Example
C The following policy keeps every snapshot from the last two days, one a day for two weeks, one a week for two months and one a month for a year:
C [jobs.home.retention]
C keep_last = 48
C keep_daily = 14
C keep_weekly = 8
C keep_monthly = 12
C prune = "weekly"
C Dry runs
C Before applying a new policy to a repository with important data, check what it would remove:
C! tidewater forget --job home --dry-run
C The command lists each snapshot with the rule that keeps it, or "remove" if no rule does. Nothing is deleted until you run it again without --dry-run.
C Note: snapshots tagged with pin are never removed by a retention policy. Use them for backups you want to keep indefinitely, such as the last snapshot before a migration.
B Edit this page on GitHub
B Previous: Schedules
B Next: Encryption
B Was this page helpful?
B Yes
B No
B © 2025 Tidewater contributors. Licensed under CC BY 4.0.
""")


if __name__ == "__main__":
    main()
