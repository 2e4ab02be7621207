//! Per-line statistics gathered in one scan of the line's bytes, and the stopword lists
//! they use.

use crate::text::{char_at, is_sentence_end};

/// What one scan of a line learns.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub(crate) struct Stats {
    /// Words: UAX #29 word-like segments, the ones [`crate::words`] yields.
    pub(crate) words: u32,
    /// Words that start with an uppercase letter.
    pub(crate) caps: u32,
    /// Words that are function words (stopwords) of en, de, fr or es, among the first
    /// [`LEXICON_WORDS`].
    pub(crate) stops: u32,
    /// Words of site chrome ([`CHROME_LIST`]), among the first [`LEXICON_WORDS`].
    pub(crate) chrome: u32,
    /// Words of the first person plural or the second person ([`PERSON_LIST`]), among the
    /// first [`LEXICON_WORDS`].
    pub(crate) person: u32,
    /// The first word is an imperative that opens a call to action ([`CTA_LIST`]).
    pub(crate) cta_first: bool,
    /// A word among the first [`LEXICON_WORDS`] names what a counter counts
    /// ([`COUNTER_LIST`]): the line may be one (`engine::is_counter`).
    pub(crate) counts: bool,
    /// The first word starts with a lowercase letter: the line goes on with a sentence that
    /// an earlier line began, when that one ends without a sentence end.
    pub(crate) starts_lower: bool,
    /// Letters and numbers (Alphabetic or General_Category N): non-zero exactly when
    /// `words` is.
    pub(crate) alnum: u32,
    /// ASCII digits.
    pub(crate) digits: u32,
    /// Punctuation (. , ; : ! ? and hyphens) anywhere in the line.
    pub(crate) punct: u32,
    /// The line starts with a list bullet ("- ", "* ", "•").
    pub(crate) bullet: bool,
    /// Last visible char is a sentence end (closers skipped).
    pub(crate) ends_sentence: bool,
    /// That sentence end is a question mark.
    pub(crate) ends_question: bool,
    /// Last visible char is a colon.
    pub(crate) ends_colon: bool,
}

/// Function words of English, German, French and Spanish (lowercase), hand-picked
/// high-frequency words.
const STOP_LIST: &str = "\
a about after all also an and any are as at be been but by can could did do does for from had has have he her his how i if in into is it its just may more most my no not now of on one only or other our out over she so some such than that the their them then there these they this those to up us was we were what when which who will with would you your \
aber als am an auch auf aus bei bin bis da das dass dem den der des die dies doch du durch ein eine einem einen einer eines er es für hat hatte ich ihr im in ist ja kann man mit nach nicht noch nur oder sich sie sind so über um und uns vom von vor war was wenn wie wir wird zu zum zur \
au aux avec ce ces cette dans de des du elle en est et il ils je la le les leur lui mais me même ne nous on ont ou par pas plus pour qu que qui sa se ses son sont sur ta te tu un une vous été être \
al como con cual del desde donde el ella ellos en era es esta este fue ha han hay la las lo los más mi muy no nos o para pero por que se sin sobre su sus también te un una uno y ya";

/// Words of site chrome in en, de, fr and es (lowercase): what a page says about itself
/// rather than its subject: signing up and accounts, legal and consent notices, sharing
/// and following, navigation, the shop, comments, calls to download or try. Prose uses
/// some of them too; the line model weighs their share of a line, not their presence.
const CHROME_LIST: &str = "\
newsletter newsletters subscribe subscribed subscriber subscribers subscription subscriptions unsubscribe inbox email emails \
signup login logout sign register registration account accounts password username profile \
cookie cookies privacy policy policies terms conditions copyright rights reserved trademark trademarks disclaimer imprint accessibility sitemap \
consent preferences settings partners advertise advertising advertisement sponsored affiliate commission \
share shares facebook twitter instagram linkedin youtube pinterest whatsapp tiktok reddit rss telegram \
follow followers menu navigation homepage home search skip toggle close back top \
cart checkout wishlist basket shipping delivery returns refund coupon discount offers deals promo exclusive \
free trial demo download app apps install notifications alerts updates \
comments comment reply replies reviews careers jobs press contact faq faqs help support feedback \
podcast webinar webinars ebook whitepaper members membership join click tap browse view \
abonnieren abonniert abonnement abo anmelden abmelden registrieren konto passwort benutzername \
datenschutz datenschutzerklärung impressum nutzungsbedingungen agb rechte vorbehalten barrierefreiheit \
werbung anzeige partner einstellungen zustimmen akzeptieren ablehnen \
teilen folgen startseite suche menü schließen zurück \
warenkorb kasse merkzettel versand lieferung rückgabe gutschein rabatt angebote angebot gratis kostenlos kostenlose \
herunterladen downloaden benachrichtigungen kommentare kommentar antworten bewertungen \
karriere presse kontakt hilfe mitglied mitglieder mitgliedschaft \
abonnez abonner désabonner inscrivez inscrire inscription connexion connecter déconnexion compte identifiant \
confidentialité mentions légales droits réservés accessibilité \
publicité partenaires paramètres accepter refuser \
partager suivez suivre accueil recherche rechercher fermer retour \
panier commande livraison retours réduction offres offre gratuit gratuite \
télécharger commentaires commentaire répondre avis carrières emploi aide membre membres adhésion \
boletín suscríbete suscribirse suscripción suscribete baja regístrate registrarse registro iniciar sesión cuenta contraseña usuario \
privacidad aviso legal términos condiciones derechos reservados accesibilidad \
publicidad anuncio socios configuración aceptar rechazar \
compartir síguenos seguir inicio buscar búsqueda cerrar volver \
carrito compra envío envíos devoluciones cupón descuento ofertas oferta gratuito \
descargar notificaciones comentarios comentario responder reseñas opiniones empleo prensa contacto ayuda miembro miembros";

/// Stems of site chrome: the first eight bytes (lowercase) of words whose every longer form
/// is chrome too, so that compounds and inflections count without being listed
/// (`Datenschutzhinweise`, `Kommentarfunktion`, `notifications`, `suscripciones`). A word of
/// eight bytes or more that is in no list counts as chrome when its first eight bytes are a
/// stem here.
const CHROME_STEMS: &str = "\
newslett subscrib subscrip unsubscr notifica registra password username checkout wishlist bookmark \
copyrigh trademar disclaim advertis sponsore facebook linkedin instagra whatsapp pinteres snapchat breadcru \
datensch abonneme abonnier abonnent registri benachri kommenta warenkor versandk gutschei merkzett merklist \
passwort kundenko einwilli werbepar werbefre sucherge rücksen lieferze kontaktf \
inscript téléch désabon publicit livraiso \
suscripc suscribi suscríb privacid contrase publicid descarga comentar";

/// Imperatives that open a call to action ("Subscribe to...", "Jetzt kaufen", "Découvrez
/// nos offres"), counted when they are a line's first word.
const CTA_LIST: &str = "\
subscribe sign join register log login download share follow click tap learn discover explore shop buy order book contact call try get start request view see read watch browse find compare add save skip go print email donate support apply enter create receive claim unlock grab stay check visit \
abonnieren abonniere melden registrieren jetzt entdecken erfahren mehr lesen teilen folgen kaufen bestellen buchen kontaktieren testen starten laden sichern holen \
abonnez inscrivez découvrez téléchargez partagez suivez achetez commandez réservez contactez essayez cliquez lisez voir rejoignez profitez \
suscríbete regístrate descubre descarga comparte síguenos compra pide reserva contacta prueba haz lee ver únete aprovecha obtén";

/// Words that date a call to action to the moment ("Shop now", "Réservez dès maintenant",
/// "Suscríbete ya"), counted when they end a short line that a [`CTA_LIST`] word opens.
const NOW_LIST: &str = "now today jetzt maintenant aujourd'hui aujourd’hui ahora ya hoy";

/// Words that make a line of numbers a counter (see `engine::is_counter`): results found,
/// items shown, reads, views, posts and replies, a thread's users, a gallery's images
/// (lowercase).
const COUNTER_LIST: &str = "image images slide results result found matches hits showing posts replies entries ergebnisse ergebnis ergebnissen treffer gefunden gelesen angezeigt zeige beiträge antworten einträge einträgen résultats résultat trouvés trouvées trouvé trouvée affichage lu messages réponses annonces resultados resultado encontrados encontradas encontrado encontrada mostrando leído mensajes respuestas anuncios views aufrufe vues visitas vistas visualizaciones usuarios participantes";

/// Words a counter line may hold besides its counts and [`COUNTER_LIST`]: "of", "von", "sur",
/// "de", pages, times ("mal", "fois", "veces").
const COUNTER_FILLER_LIST: &str = "of to in for total page near you von bis für im insgesamt seite mal x sur à pour fois de a en para página veces vez cerca mil";

/// Words by which a text speaks for a site or a business to its reader: the first person
/// plural and the second person, in en, de, fr and es (lowercase). A shop's pitch, a
/// service's self-description and a newsletter box use them; news prose seldom does. German
/// "Sie" and "Ihr" are left out: lowercased, they are "she", "they" and "her" as well.
const PERSON_LIST: &str = "\
we our ours us ourselves you your yours yourself \
wir uns unser unsere unserem unseren unserer unseres du dein deine deinem deinen deiner dich dir euch euer eure \
nous notre nos vous votre vos tu ton ta tes toi \
nosotros nosotras nuestro nuestra nuestros nuestras vosotros vuestro vuestra usted ustedes tú tus";

/// Words of a line looked up in the lexicon: only the line model reads what the lookups
/// count, and it scores no line longer than this.
pub(crate) const LEXICON_WORDS: u32 = 64;

/// Classes of a word in [`LEXICON`] (bits).
const STOP: u8 = 1;
const CHROME: u8 = 2;
pub(crate) const CTA: u8 = 4;
pub(crate) const NOW: u8 = 8;
pub(crate) const COUNT: u8 = 16;
pub(crate) const COUNT_FILLER: u8 = 32;
const PERSON: u8 = 64;

/// Longest word looked up, in bytes; longer words are in no list.
const LEX_MAX: usize = 32;
/// Slots of the lexicon hash table (a power of two, about six times the words, so that no
/// word sits more than [`LEX_WINDOW`] − 1 slots past its hash).
const LEX_SLOTS: usize = 4096;
/// Slots a word may sit at, from its hash on. Building the table fails to compile if a word
/// would land further out (add slots or change the hash's multiplier then).
const LEX_WINDOW: usize = 4;
/// Flag in the class byte of a slot's `meta`: some word whose hash is this slot sits further
/// on, so a lookup that misses here reads the rest of the window. At the table's load few
/// slots have it, and most lookups read one slot.
const FURTHER: u8 = 0x80;
/// The length a stem of [`CHROME_STEMS`] is keyed with: no word of a list is that long, so
/// a stem never meets a whole word of the same bytes.
const STEM: usize = 0xFF;
/// Bytes of a stem.
const STEM_BYTES: usize = 8;

/// Packs the first eight bytes (at most) of a word, ASCII-lowercased, into a `u64`
/// (zero-padded), so words compare as integers.
#[inline(always)]
const fn pack(w: &[u8]) -> u64 {
    let mut x = 0u64;
    let mut i = 0;
    while i < w.len() && i < 8 {
        x |= (w[i].to_ascii_lowercase() as u64) << (8 * i);
        i += 1;
    }
    x
}

/// The first slot of the window of the word keyed `(x, len)`.
#[inline(always)]
const fn slot(x: u64, len: usize) -> usize {
    ((x ^ ((len as u64) << 56)).wrapping_mul(0x9E37_79B9_7F4A_7C15) >> (64 - LEX_SLOTS.trailing_zeros())) as usize
}

const fn is_list_space(b: u8) -> bool {
    matches!(b, b' ' | b'\n' | b'\t')
}

/// The words of the lists, in an open-addressing hash table built at compile time. A word
/// is keyed by its first eight bytes, packed, and its length: two words that share both
/// (`subscriber`, `subscribes`) are one entry. `keys` holds the packed bytes (0 marks an
/// empty slot), `meta` the length (high byte) and the class bits (low byte, with
/// [`FURTHER`]). The arrays run
/// [`LEX_WINDOW`] slots past [`LEX_SLOTS`], so that no window wraps.
struct Lexicon {
    keys: [u64; LEX_SLOTS + LEX_WINDOW],
    meta: [u16; LEX_SLOTS + LEX_WINDOW],
}

/// Enters the words of `list` with the class bits `class`; with `stems`, each is an
/// eight-byte stem ([`CHROME_STEMS`]), keyed with the length [`STEM`].
const fn add_list(mut lex: Lexicon, list: &str, class: u8, stems: bool) -> Lexicon {
    let list = list.as_bytes();
    let mut i = 0;
    while i < list.len() {
        while i < list.len() && is_list_space(list[i]) {
            i += 1;
        }
        let start = i;
        while i < list.len() && !is_list_space(list[i]) {
            i += 1;
        }
        let word_len = i - start;
        if word_len > 0 {
            assert!(word_len <= LEX_MAX && (!stems || word_len == STEM_BYTES) && class & FURTHER == 0);
            let len = if stems { STEM } else { word_len };
            let (_, tail) = list.split_at(start);
            let (word, _) = tail.split_at(word_len);
            let x = pack(word);
            let first = slot(x, len);
            let mut h = first;
            while lex.keys[h] != 0 && !(lex.keys[h] == x && (lex.meta[h] >> 8) as usize == len) {
                h += 1;
            }
            if h > first {
                lex.meta[first] |= FURTHER as u16;
            }
            assert!(
                h - first < LEX_WINDOW,
                "a lexicon word lands outside its lookup window: raise LEX_SLOTS or change slot()'s multiplier"
            );
            lex.keys[h] = x;
            lex.meta[h] |= ((len as u16) << 8) | class as u16;
        }
    }
    lex
}

static LEXICON: Lexicon = {
    let lex = Lexicon {
        keys: [0; LEX_SLOTS + LEX_WINDOW],
        meta: [0; LEX_SLOTS + LEX_WINDOW],
    };
    let lex = add_list(lex, STOP_LIST, STOP, false);
    let lex = add_list(lex, CHROME_LIST, CHROME, false);
    let lex = add_list(lex, CHROME_STEMS, CHROME, true);
    let lex = add_list(lex, CTA_LIST, CTA, false);
    let lex = add_list(lex, NOW_LIST, NOW, false);
    let lex = add_list(lex, COUNTER_LIST, COUNT, false);
    let lex = add_list(lex, COUNTER_FILLER_LIST, COUNT_FILLER, false);
    add_list(lex, PERSON_LIST, PERSON, false)
};

/// The lexicon classes (bits of [`CTA`], [`NOW`] and the others) of the word `w`.
pub(crate) fn word_classes(w: &[u8]) -> u8 {
    classes_at(w, 0, w.len()).0
}

/// Whether `w` is a function word of [`STOP_LIST`], in any ASCII case ("Der", "The").
pub(crate) fn is_stop_word(w: &[u8]) -> bool {
    word_classes(w) & STOP != 0
}

/// Last bytes (ASCII-lowercased) of the words of [`NOW_LIST`]: a word that ends otherwise is
/// none of them, without a lookup.
static NOW_LAST: [bool; 256] = {
    let mut t = [false; 256];
    let list = NOW_LIST.as_bytes();
    let mut i = 0;
    while i < list.len() {
        if !is_list_space(list[i]) && (i + 1 == list.len() || is_list_space(list[i + 1])) {
            t[list[i].to_ascii_lowercase() as usize] = true;
        }
        i += 1;
    }
    t
};

/// Whether `w` is a word of [`NOW_LIST`] ("now", "jetzt", "ya"), in any ASCII case.
pub(crate) fn is_now_word(w: &[u8]) -> bool {
    w.last().is_some_and(|&b| NOW_LAST[b.to_ascii_lowercase() as usize]) && word_classes(w) & NOW != 0
}

/// The classes (bits of [`STOP`], [`CHROME`], [`CTA`]) of the word `b[s..e]`; 0 if it is in
/// no list. `b` is the text around it: when eight bytes from `s` are in it, the word is
/// packed from one load rather than byte by byte.
#[inline(always)]
fn classes_at(b: &[u8], s: usize, e: usize) -> (u8, u64) {
    let len = e - s;
    if len > LEX_MAX {
        return (0, 0);
    }
    let x = match b.get(s..s + 8) {
        Some(chunk) => {
            let x = u64::from_le_bytes(chunk.try_into().unwrap());
            let x = if len < 8 { x & ((1u64 << (8 * len)) - 1) } else { x };
            crate::tokenize::ascii_lowercase_u64(x)
        }
        None => pack(&b[s..e]),
    };
    // A long word in no list may still start with a stem: `x` is its first eight bytes.
    let class = probe(x, len);
    let class = if class == 0 && len >= STEM_BYTES {
        probe(x, STEM)
    } else {
        class
    };
    (class, x)
}

/// Shortest word (in bytes) whose key [`scan_keys`] passes on: shorter words are mostly
/// function words, which every kind of line shares.
const KEY_MIN_BYTES: usize = 5;

/// A word's key for telling whether two lines share it: its first eight bytes,
/// ASCII-lowercased (`x`, as [`classes_at`] packs them), and its length, hashed to 31 bits
/// above a low bit of 1, so that no key is 0. Words that agree in both collide, as do a few
/// others by chance; the share of a line's words found elsewhere in its document barely
/// moves.
#[inline(always)]
fn word_key(x: u64, len: usize) -> u32 {
    let h = (x ^ (len as u64) << 58).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    (h >> 32) as u32 | 1
}

/// The classes of the entry keyed `(x, len)`; 0 if there is none. Reads the slot of the
/// key's hash, and the rest of its window only when that slot says a word sits further on.
#[inline(always)]
fn probe(x: u64, len: usize) -> u8 {
    let first = slot(x, len);
    let tag = (len as u16) << 8;
    let m = LEXICON.meta[first];
    if LEXICON.keys[first] == x && m & 0xFF00 == tag {
        return m as u8 & !FURTHER;
    }
    if m as u8 & FURTHER == 0 {
        return 0;
    }
    probe_further(x, tag, first)
}

/// The rest of [`probe`]: the window after the first slot.
#[cold]
#[inline(never)]
fn probe_further(x: u64, tag: u16, first: usize) -> u8 {
    (first + 1..first + LEX_WINDOW)
        .find(|&h| LEXICON.keys[h] == x && LEXICON.meta[h] & 0xFF00 == tag)
        .map_or(0, |h| LEXICON.meta[h] as u8 & !FURTHER)
}

/// Per-byte counts, four 16-bit fields: letters and digits, digits, punctuation (`.,;:!?-`),
/// and lead bytes of non-ASCII characters (whose letters are counted apart).
const ALNUM: u64 = 1;
const DIGIT: u64 = 1 << 16;
const PUNCT: u64 = 1 << 32;
const LEAD: u64 = 1 << 48;

static COUNTS: [u64; 256] = {
    let mut t = [0u64; 256];
    let mut i = 0;
    while i < 256 {
        let b = i as u8;
        t[i] = if b.is_ascii_digit() {
            ALNUM | DIGIT
        } else if b.is_ascii_alphabetic() {
            ALNUM
        } else if matches!(b, b'.' | b',' | b';' | b':' | b'!' | b'?' | b'-') {
            PUNCT
        } else if b >= 0xC0 {
            LEAD
        } else {
            0
        };
        i += 1;
    }
    t
};

/// Counts the letters, digits and sentence punctuation of valid UTF-8 `b` into `s`; returns
/// whether `b` is all ASCII.
#[inline(always)]
fn count_chars(b: &[u8], s: &mut Stats) -> bool {
    let mut leads = 0u32;
    // At most 65535 bytes per pass, so no 16-bit field overflows.
    for part in b.chunks(u16::MAX as usize) {
        let sum = part.iter().fold(0u64, |acc, &x| acc + COUNTS[x as usize]);
        s.alnum += (sum & 0xFFFF) as u32;
        s.digits += ((sum >> 16) & 0xFFFF) as u32;
        s.punct += ((sum >> 32) & 0xFFFF) as u32;
        leads += (sum >> 48) as u32;
    }
    if leads > 0 {
        // Non-ASCII letters and numbers, by the tokenizer's definition (Alphabetic or
        // General_Category N), so that a line has letters exactly when it has words.
        s.alnum += crate::tokenize::count_non_ascii_alphanumeric(b) as u32;
    }
    // Valid UTF-8 has a lead byte in every non-ASCII char.
    leads == 0
}

/// Counts words (UAX #29 word-like segments, as [`crate::words`] yields them), capitalised
/// words, stopwords, chrome words, letters, digits and punctuation of valid UTF-8 `b` into `s`.
fn scan_valid(b: &[u8], s: &mut Stats, keys: &mut impl FnMut(u32)) {
    // The per-word counts live in locals, which stay in registers across the scan, and go
    // to `s` at the end; the lexicon's counts share one `u32` ([`LANES`]).
    let mut c = WordCounts {
        words: s.words,
        caps: s.caps,
        lanes: 0,
    };
    // The scans call `f` from more than one place; each gets the word's count inlined.
    if count_chars(b, s) {
        crate::tokenize::for_each_word_ascii(
            b,
            #[inline(always)]
            |ws, we| count_word(b, ws, we, &mut c, s, keys),
        );
    } else {
        crate::tokenize::for_each_word_utf8(
            b,
            #[inline(always)]
            |ws, we| count_word(b, ws, we, &mut c, s, keys),
        );
    }
    s.words = c.words;
    s.caps = c.caps;
    s.stops += c.lanes & 0xFF;
    s.chrome += (c.lanes >> 8) & 0xFF;
    s.person += (c.lanes >> 16) & 0xFF;
    s.counts |= c.lanes >> 24 != 0;
}

/// The counts [`count_word`] keeps for each word, apart from [`Stats`].
struct WordCounts {
    words: u32,
    caps: u32,
    /// Lexicon words of a class, a byte each ([`LANES`]).
    lanes: u32,
}

/// For each class byte, one in the byte of each count it adds to: stopwords (byte 0), chrome
/// (1), person (2), counters (3). At most [`LEXICON_WORDS`] words of a line are looked up,
/// so no byte overflows, and a word adds to all of its counts with one addition.
static LANES: [u32; 256] = {
    let mut t = [0u32; 256];
    let mut c = 0;
    while c < 256 {
        let class = c as u8;
        t[c] = (class & STOP != 0) as u32
            | ((class & CHROME != 0) as u32) << 8
            | ((class & PERSON != 0) as u32) << 16
            | ((class & COUNT != 0) as u32) << 24;
        c += 1;
    }
    t
};

/// Counts the word `b[ws..we]` into `c` (and the first word's facts into `s`); a word among
/// the first [`LEXICON_WORDS`] that is long enough to name a topic ([`KEY_MIN_BYTES`]) and
/// starts with a letter is passed to `keys` as its [`word_key`].
#[inline(always)]
fn count_word(b: &[u8], ws: usize, we: usize, c: &mut WordCounts, s: &mut Stats, keys: &mut impl FnMut(u32)) {
    c.words += 1;
    let c0 = b[ws];
    c.caps += u32::from(if c0 < 0x80 {
        c0.is_ascii_uppercase()
    } else {
        char_at(b, ws).is_some_and(|(c, _)| c.is_uppercase())
    });
    if c.words <= LEXICON_WORDS {
        let (class, x) = classes_at(b, ws, we);
        let len = we - ws;
        if (KEY_MIN_BYTES..=LEX_MAX).contains(&len) && (c0.is_ascii_alphabetic() || c0 >= 0xC0) {
            keys(word_key(x, len));
        }
        if c.words == 1 {
            s.cta_first = class & CTA != 0;
            s.starts_lower = if c0 < 0x80 {
                c0.is_ascii_lowercase()
            } else {
                char_at(b, ws).is_some_and(|(c, _)| c.is_lowercase())
            };
        }
        c.lanes += LANES[class as usize];
    }
}

/// Scans one line. `utf8` says the whole text is known to be valid UTF-8; otherwise each
/// valid run of the line is scanned on its own and invalid bytes count as nothing, the
/// policy of [`crate::tokenize_bytes`].
pub(crate) fn scan(l: &[u8], utf8: bool) -> Stats {
    scan_keys(l, utf8, |_| {})
}

/// [`scan`], passing the key ([`word_key`]) of each long word among the first
/// [`LEXICON_WORDS`] to `keys`, in order.
#[inline(always)]
pub(crate) fn scan_keys(l: &[u8], utf8: bool, mut keys: impl FnMut(u32)) -> Stats {
    let mut s = Stats::default();
    if let Some(f) = l.iter().position(|b| !b.is_ascii_whitespace()) {
        let rest = &l[f..];
        s.bullet = rest.starts_with(b"- ") || rest.starts_with(b"* ") || rest.starts_with("•".as_bytes());
    }
    if utf8 || std::str::from_utf8(l).is_ok() {
        scan_valid(l, &mut s, &mut keys);
    } else {
        for chunk in l.utf8_chunks() {
            scan_valid(chunk.valid().as_bytes(), &mut s, &mut keys);
        }
    }
    if let Some(c) = crate::text::last_visible_char(l) {
        s.ends_sentence = is_sentence_end(c);
        s.ends_question = crate::text::is_question_mark(c);
        s.ends_colon = c == ':';
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scan_counts() {
        let s = scan("- The cat and the Cap, in 2024.".as_bytes(), true);
        assert_eq!(s.words, 7);
        assert_eq!(s.caps, 2);
        assert_eq!(s.stops, 4); // the, and, the, in
        assert!(s.bullet);
        assert!(s.ends_sentence);
        assert_eq!(s.digits, 4);
        let s = scan("Über uns: für die Kunden".as_bytes(), true);
        assert_eq!(s.stops, 3); // uns, für, die
                                // Packed from a load (words followed by eight bytes) or byte by byte (near the end).
        let s = scan("THE Cat AND a Dog WAS ÜBER für".as_bytes(), true);
        assert_eq!(s.stops, 5); // THE, AND, a, WAS, für (Ü is not lowercased)
        assert!(!s.ends_sentence);
    }

    #[test]
    fn scan_chrome_words() {
        let s = scan("Subscribe to our newsletter for exclusive offers".as_bytes(), true);
        assert_eq!((s.words, s.chrome, s.stops), (7, 4, 3)); // subscribe newsletter exclusive offers; to our for
        assert!(s.cta_first);
        // Long words are keyed by their first eight bytes and their length.
        let s = scan("Datenschutzerklärung und Impressum".as_bytes(), true);
        assert_eq!((s.chrome, s.stops), (2, 1));
        assert!(!s.cta_first);
        let s = scan("The newsletters arrived; subscribers newslettered".as_bytes(), true);
        assert_eq!(s.chrome, 3);
        // Stems: compounds and inflections of a chrome word, in any case, from eight bytes.
        let s = scan(
            "Kommentarfunktion Datenschutzhinweise NEWSLETT téléchargez kommentiert".as_bytes(),
            true,
        );
        assert_eq!(s.chrome, 4);
        // Shorter than a stem, or a stem's bytes further in: no chrome.
        let s = scan("Newslet Wochennewsletter Komment".as_bytes(), true);
        assert_eq!(s.chrome, 0);
        // Words in no list, and a first word that is not an imperative.
        let s = scan("Harvest moon over the quiet valley".as_bytes(), true);
        assert_eq!((s.chrome, s.cta_first), (0, false));
        // Near the end of the text the word is packed byte by byte: same answer.
        let s = scan("jetzt".as_bytes(), true);
        assert!(s.cta_first);
    }

    #[test]
    fn scan_person_words() {
        let person = |l: &str| scan(l.as_bytes(), true).person;
        assert_eq!(person("We ship your order within two days, and you can return it."), 3);
        assert_eq!(person("Wir liefern Ihre Bestellung an unsere Filialen"), 2); // Wir, unsere
                                                                                 // "sie" and "ihr" are she, they and her as often as they are "you".
        assert_eq!(person("Sie sagte, dass ihr Haus im Mai abgebrannt sei."), 0);
        assert_eq!(person("Nous livrons votre commande ; nuestro equipo te responde"), 3); // nous, votre, nuestro
        assert_eq!(person("The council voted on Tuesday."), 0);
    }

    #[test]
    fn scan_first_word_case() {
        for (line, lower) in [
            ("- the rest of the sentence", true),
            ("été comme hiver", true),
            ("Über uns", false),
            ("2024 was a year", false),
            ("iPhone 15 Pro", true),
            ("«  über", true),
            ("", false),
        ] {
            assert_eq!(scan(line.as_bytes(), true).starts_lower, lower, "{line:?}");
        }
    }

    /// The classes a plain map of the lists gives the word `w` (keyed as the table keys it).
    fn reference(w: &str) -> u8 {
        use std::collections::HashMap;
        let mut map: HashMap<(u64, usize), u8> = HashMap::new();
        for (list, class, stems) in [
            (STOP_LIST, STOP, false),
            (CHROME_LIST, CHROME, false),
            (CHROME_STEMS, CHROME, true),
            (CTA_LIST, CTA, false),
            (NOW_LIST, NOW, false),
            (COUNTER_LIST, COUNT, false),
            (COUNTER_FILLER_LIST, COUNT_FILLER, false),
            (PERSON_LIST, PERSON, false),
        ] {
            for word in list.split_ascii_whitespace() {
                let len = if stems { STEM } else { word.len() };
                *map.entry((pack(word.as_bytes()), len)).or_default() |= class;
            }
        }
        let (b, len) = (w.as_bytes(), w.len());
        if len > LEX_MAX {
            return 0;
        }
        match map.get(&(pack(b), len)).copied().unwrap_or(0) {
            0 if len >= STEM_BYTES => map.get(&(pack(b), STEM)).copied().unwrap_or(0),
            class => class,
        }
    }

    #[test]
    fn lexicon_agrees_with_a_plain_map() {
        let lists = [
            STOP_LIST,
            CHROME_LIST,
            CHROME_STEMS,
            CTA_LIST,
            NOW_LIST,
            COUNTER_LIST,
            COUNTER_FILLER_LIST,
            PERSON_LIST,
        ];
        let mut words: Vec<String> = lists
            .iter()
            .flat_map(|l| l.split_ascii_whitespace())
            .map(String::from)
            .collect();
        // Case, inflection and compounds, and words in no list.
        let more: Vec<String> = words
            .iter()
            .flat_map(|w| {
                [
                    w.to_uppercase(),
                    format!("{w}s"),
                    format!("{w}funktion"),
                    format!("x{w}"),
                ]
            })
            .collect();
        words.extend(more);
        words.extend(["zebra", "Harvest", "q", "valley", "a1b2c3d4e5"].map(String::from));
        for w in &words {
            // Packed from one load (padding after the word) and byte by byte (none).
            let padded = format!("{w}        ");
            assert_eq!(classes_at(padded.as_bytes(), 0, w.len()).0, reference(w), "{w:?}");
            assert_eq!(classes_at(w.as_bytes(), 0, w.len()).0, reference(w), "{w:?}");
        }
        // The lookups above went past a first slot, not only to it.
        let further = (0..LEX_SLOTS).filter(|&h| LEXICON.meta[h] as u8 & FURTHER != 0).count();
        assert!(
            further > 0,
            "no word sits past its first slot: the test misses half of probe()"
        );
    }
}
