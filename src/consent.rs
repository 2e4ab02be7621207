//! Consent notices: the cookie banners a page shows before its content, in the many wordings
//! of en, de, fr and es, recognised by what they talk about rather than by a listed phrase.
//!
//! A banner names cookies, speaks to the reader or as the site ("we", "your", "Sie", "vous",
//! "tus", "utilizamos"), and says at least two of: that the reader consents, how to change or
//! withdraw the choice, who else receives the data, and what it is used for. News about
//! cookies rarely speaks to the reader.

/// The topics a consent notice speaks of (bits).
const CONSENT: u8 = 1;
const CONTROL: u8 = 2;
const PARTIES: u8 = 4;
const PURPOSE: u8 = 8;
const ADDRESS: u8 = 16;
const COOKIE: u8 = 32;

/// Words of each topic (lowercase; matched with ASCII case folded).
const TOPICS: [(u8, &str); 5] = [
    (
        CONSENT,
        "einwilligung einwilligungen einwilligen willigen zustimmung zustimmen stimmen einverstanden \
         einverständnis \
         akzeptieren akzeptiert consent consenting consents agree accept accepting consentement \
         consentez consentir accepter acceptez acceptant consentimiento consientes consiente \
         consientas aceptar aceptas acepta aceptación willigst erlaubt erlauben erlaubnis allow allowed permission \
         autorisez autorisation permiso",
    ),
    (
        CONTROL,
        "widerrufen widerruf widersprechen widerspruch jederzeit einstellungen verwalten ablehnen \
         anpassen withdraw settings opt \
         manage reject decline anytime retirer paramètres gérer refuser \
         opposer revocar retirar oponerte oponerse configuración configurar gestionar rechazar \
         cualquier",
    ),
    (
        PARTIES,
        "partner partnern partners partenaires socios dritte dritten drittanbieter drittanbietern \
         third vendors tiers terceros proveedores anbieter",
    ),
    (
        PURPOSE,
        "personalisieren personalisierte personalisiert personalisierten personalized personalised \
         personalize personalise personalization personalisation personnaliser personnalisées \
         personnalisés personnalisé personnalisée personalizar personalizados personalizada \
         personalizadas personalizado werbung anzeigen ads advertising adverts publicité \
         publicités publicidad anuncios gerät endgerät device appareil terminal dispositivo \
         analyse analysieren analytics analyze analyser analizar statistiken statistics \
         statistiques estadísticas tracking technologien technologies tecnologías traffic trafic \
         tráfico navigation navegación navegando navegar naviguer experience expérience experiencia \
         nutzererlebnis marketing publicitaires publicitarias publicitarios analytiques analíticas \
         analíticos statistik reichweitenmessung reichweite audience",
    ),
    (
        ADDRESS,
        "wir uns unsere unser unseren unserer unserem dein deine deinem deinen deiner dich dir \
         we our us you your nous notre nos vous votre vos ton ta tes nosotros nuestro nuestra \
         nuestros nuestras usted ustedes tu tus te puedes sigues continúas navegas aceptas \
         consientes utilizamos usamos empleamos consideramos entendemos",
    ),
];

/// German forms of address, capitalised: lowercase "sie" and "ihre" are "they" and "their".
/// (Nor is "du" among the words of address: it is French "of the" too.)
const DE_ADDRESS: [&str; 7] = ["Sie", "Ihre", "Ihren", "Ihrem", "Ihrer", "Ihnen", "Ihr"];

/// Fewest and most words of a line read as a consent notice: a banner is a sentence or a
/// paragraph, not a button ("Cookie-Einstellungen" is for the packs) nor a whole policy.
const MIN_WORDS: u32 = 8;
const MAX_WORDS: u32 = 200;

/// The topics of one word, or of what follows an elided French article or pronoun
/// (`d'audience`, `l'utilisation`, `qu'après`): the tokenizer keeps those as one word.
fn topics(w: &str) -> u8 {
    let whole = word_topics(w);
    if whole != 0 {
        return whole;
    }
    match w.char_indices().take(4).find(|&(_, c)| c == '\'' || c == '’') {
        Some((i, c)) if i > 0 => word_topics(&w[i + c.len_utf8()..]),
        _ => 0,
    }
}

/// The topics of one word as it stands.
fn word_topics(w: &str) -> u8 {
    if w.len() >= 6 && w.as_bytes()[..6].eq_ignore_ascii_case(b"cookie") {
        return COOKIE;
    }
    if DE_ADDRESS.contains(&w) {
        return ADDRESS;
    }
    static WORDS: std::sync::LazyLock<crate::text::WordMap<u8>> = std::sync::LazyLock::new(|| {
        let mut m = crate::text::WordMap::default();
        for (bit, list) in TOPICS {
            for w in list.split_ascii_whitespace() {
                *m.entry(w).or_insert(0) |= bit;
            }
        }
        m
    });
    // No listed word is longer: a longer one is in no list, without folding its case.
    let mut buf = [0u8; 24];
    let Some(lower) = buf.get_mut(..w.len()) else {
        return 0;
    };
    lower.copy_from_slice(w.as_bytes());
    lower.make_ascii_lowercase();
    std::str::from_utf8(lower)
        .ok()
        .and_then(|k| WORDS.get(k))
        .copied()
        .unwrap_or(0)
}

/// Whether line `l`, of `words` words, is a consent notice: it names cookies, addresses the
/// reader (or speaks as the site) and speaks of at least two of consent, control, third
/// parties and purposes. Lines without "ookie" are turned down without reading their words.
///
/// ```text
/// "Wir und unsere 147 Partner speichern und verarbeiten Informationen auf Ihrem Gerät, etwa
///  Cookies, um Inhalte und Anzeigen zu personalisieren."          -> true
/// "Die Verbraucherzentrale rät, Cookies von Drittanbietern im Browser abzulehnen." -> false
/// ```
pub(crate) fn is_consent_notice(l: &[u8], words: u32) -> bool {
    if !(MIN_WORDS..=MAX_WORDS).contains(&words) {
        return false;
    }
    // Built once: building a searcher per line costs more than the search.
    static OOKIE: std::sync::LazyLock<memchr::memmem::Finder<'static>> =
        std::sync::LazyLock::new(|| memchr::memmem::Finder::new(b"ookie"));
    if OOKIE.find(l).is_none() {
        return false;
    }
    let mut seen = 0u8;
    for chunk in l.utf8_chunks() {
        let s = chunk.valid();
        // A sentence in quotation marks that speaks to the reader is a banner quoted by
        // the text around it (an article about banners), not the line speaking.
        let quoted = crate::text::quoted_spans(s);
        let mut q = quoted.iter().peekable();
        crate::tokenize::for_each_word_utf8(s.as_bytes(), |a, b| {
            while q.next_if(|&&(_, end)| end <= a).is_some() {}
            let inside = q.peek().is_some_and(|&&(start, _)| start <= a);
            let t = topics(&s[a..b]);
            seen |= if inside { t & !ADDRESS } else { t };
        });
    }
    let about = (seen & (CONSENT | CONTROL | PARTIES | PURPOSE)).count_ones();
    seen & COOKIE != 0 && seen & ADDRESS != 0 && about >= 2
}

#[cfg(test)]
mod tests {
    use super::*;

    fn notice(l: &[u8]) -> bool {
        is_consent_notice(l, crate::text::count_words(l))
    }

    /// Lines written for this table, in the four languages: banners, and prose about cookies
    /// or consent that is content.
    const NOTICES: &[&str] = &[
        "Wir und unsere 147 Partner speichern und verarbeiten Informationen auf Ihrem Gerät, etwa Cookies, um Inhalte und Anzeigen zu personalisieren.",
        "Mit Klick auf „Alle akzeptieren“ stimmen Sie dem Einsatz von Cookies zu; Ihre Auswahl können Sie jederzeit in den Einstellungen ändern.",
        "Diese Seite nutzt Cookies. Wenn Sie einverstanden sind, helfen Sie uns, das Angebot zu verbessern und Werbung passender zu machen.",
        "We and our partners use cookies to personalise content and ads and to analyse our traffic. You can change your choice at any time.",
        "By clicking Accept, you agree to the storing of cookies on your device for analytics and advertising.",
        "Nous et nos partenaires utilisons des cookies pour personnaliser les publicités ; vous pouvez retirer votre consentement à tout moment.",
        "Ce site utilise des cookies afin de mesurer l'audience et d'améliorer votre expérience. En poursuivant, vous acceptez leur utilisation.",
        "Utilizamos cookies propias y de terceros para mostrarte publicidad personalizada. Puedes aceptar todas o configurar tus preferencias.",
        "Este sitio usa cookies para analizar el tráfico; si continúas navegando, consideramos que aceptas su uso y puedes cambiar la configuración.",
        "Auf diesem Blog verwenden wir Cookies für die Reichweitenmessung. Wenn du auf „Okay“ klickst, willigst du ein.",
        "Cookies help us keep this calendar free: we use them to count visits and, if you allow it, to show ads from local sponsors.",
        "Le site dépose des cookies nécessaires et un outil de mesure d'audience exempté de consentement ; les vidéos ne sont chargées qu'après votre clic.",
        // Objecting is a choice the reader controls too.
        "Wir setzen auf unseren Seiten nur notwendige Cookies und ein Werkzeug zur Analyse der Zugriffe ein. Sie können der Analyse hier widersprechen.",
        "Nous utilisons des cookies de mesure d'audience ; vous pouvez vous y opposer en cliquant ici.",
        "Usamos cookies para analizar el tráfico de nuestra web. Puedes oponerte a su uso en cualquier momento.",
        "We use cookies to analyse traffic to our site; you can opt out here.",
    ];
    const PROSE: &[&str] = &[
        "Die Verbraucherzentrale rät, Cookies von Drittanbietern im Browser abzulehnen und die Einstellungen regelmäßig zu prüfen.",
        "Das Gericht entschied, dass vorab angekreuzte Kästchen keine wirksame Einwilligung in Cookies darstellen.",
        "Her grandmother baked cookies every Sunday, and the whole street agreed they were the best in town.",
        "Regulators said many sites still set tracking cookies before users accept, and fines could follow next year.",
        "Regulators said the cookie banners of several retailers made it far harder to reject tracking than to accept it.",
        "Les cookies nécessaires au fonctionnement du site peuvent être déposés sans consentement, comme les outils de statistiques du site.",
        "La CNIL a sanctionné trois sites qui déposaient des cookies publicitaires sans le consentement des internautes.",
        "La receta lleva mantequilla, azúcar moreno y pepitas de chocolate: las cookies quedan crujientes por fuera.",
        "Browsers now allow users to block third-party cookies, which has cut the audience data that advertisers can buy.",
        "Accept cookies",
        "Cookie-Einstellungen",
        "Ein Satz wie „Wir verwenden Cookies, um Ihnen das beste Nutzererlebnis zu bieten“ reicht nicht aus: Der Nutzer muss erkennen, welche Zwecke verfolgt werden.",
        "A banner that says \"We use cookies to improve your experience\" tells readers nothing about which partners receive the data.",
        "Der Datenschutzbeauftragte kann der Analyse durch Cookies widersprechen, teilte das Ministerium mit.",
        "Les associations peuvent s'opposer aux cookies publicitaires devant le juge, a rappelé la ministre.",
    ];

    #[test]
    fn notices_and_prose() {
        for l in NOTICES {
            assert!(notice(l.as_bytes()), "a consent notice: {l}");
        }
        for l in PROSE {
            assert!(!notice(l.as_bytes()), "not a consent notice: {l}");
        }
    }

    #[test]
    fn invalid_bytes_are_no_words() {
        let mut l = NOTICES[3].as_bytes().to_vec();
        l.extend_from_slice(b" \xff\xfe");
        assert!(notice(&l));
        assert!(!notice(b"\xffookie\xff"));
    }
}
