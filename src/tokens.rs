//! Word tokens of a sentence, with byte spans. Possessive `'s` and French elisions
//! (`l'`, `d'`, `qu'`) are split off, so "Assad's" gives "Assad" + "'s" and "d'Alep" gives
//! "d'" + "Alep"; hyphenated and apostrophised words stay whole ("al-Assad", "aujourd'hui").

use crate::lang::Vocabulary;
use crate::model::{Meaning, Shape, Span, Token};

/// Whether `s[start..end]` is a whole word (or words): no letter or digit just outside it.
pub fn whole_word(s: &str, start: usize, end: usize) -> bool {
    !s[..start].chars().next_back().is_some_and(char::is_alphanumeric)
        && !s[end..].chars().next().is_some_and(char::is_alphanumeric)
}

/// Whether a possessive "'s" follows byte `end` ("Sudan's", "Russia’s").
pub fn possessive_after(text: &str, end: usize) -> bool {
    text[end..].starts_with("'s") || text[end..].starts_with("’s")
}

/// `s` in lower case with the same byte offsets: a character whose lower case is longer or
/// shorter in UTF-8 (such as 'Ⱥ') is kept as it is, so indices found in the result slice `s`.
pub fn lowercase_aligned(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if c.is_ascii() {
            out.push(c.to_ascii_lowercase());
            continue;
        }
        let mut lower = c.to_lowercase();
        match (lower.next(), lower.next()) {
            (Some(l), None) if l.len_utf8() == c.len_utf8() => out.push(l),
            _ => out.push(c),
        }
    }
    out
}

/// Whether a word (lower case, without its apostrophe) is an elision of some language ("l", "qu").
fn is_elision(head: &str) -> bool {
    crate::lang::LANGUAGES.iter().any(|l| l.hooks.elisions.contains(&head))
}

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '’'
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
}

fn is_quote_mark(c: char) -> bool {
    matches!(c, '"' | '“' | '”' | '«' | '»' | '‘' | '’' | '„' | '‹' | '›')
}

/// What a token looks like, from its text.
fn shape_of(word: &str, is_word: bool) -> Shape {
    let mut shape = Shape::default();
    if !is_word {
        let c = word.chars().next().unwrap_or(' ');
        if is_quote_mark(c) || c == '\'' {
            shape = shape.with(Shape::QUOTE);
        }
        if matches!(c, '.' | '!' | '?' | '…') {
            shape = shape.with(Shape::TERMINAL);
        }
        if matches!(c, '(' | ')' | '[' | ']' | '—' | '–' | '-') {
            shape = shape.with(Shape::BRACKET);
        }
        return shape;
    }
    shape = shape.with(Shape::WORD);
    let (mut letters, mut upper, mut digits, mut others) = (0, 0, 0, 0);
    for c in word.chars() {
        if c.is_alphabetic() {
            letters += 1;
            upper += usize::from(c.is_uppercase());
        } else if c.is_ascii_digit() {
            digits += 1;
        } else {
            others += 1;
            match c {
                '-' | '\u{2011}' => shape = shape.with(Shape::HYPHENATED),
                '.' => shape = shape.with(Shape::DOTTED),
                _ if is_apostrophe(c) => shape = shape.with(Shape::APOSTROPHE),
                _ => {}
            }
        }
    }
    if word.chars().next().is_some_and(char::is_uppercase) {
        shape = shape.with(Shape::CAPITALISED);
    }
    if letters >= 2 && upper == letters {
        shape = shape.with(Shape::ALL_CAPS);
    }
    if digits > 0 {
        shape = shape.with(Shape::DIGIT);
        if letters == 0 && others == 0 {
            shape = shape.with(Shape::NUMBER);
        }
    }
    shape
}

/// Reads the tokens of `span`: words and punctuation marks with their shape and, from the
/// language's vocabulary, their meanings. `lower` is the lower-cased text, aligned with
/// `text`. Possessive "'s" and the elisions of every registered language ("l'", "qu'") are split off.
pub fn tokenize(text: &str, lower: &str, span: Span, vocabulary: &Vocabulary) -> Vec<Token> {
    let s = span.of(text);
    // About one token for every five bytes of news text.
    let mut out = Vec::with_capacity(s.len() / 5 + 4);
    let push = |start: usize, end: usize, is_word: bool, out: &mut Vec<Token>| {
        let (a, b) = (span.start + start, span.start + end);
        let mut shape = shape_of(&text[a..b], is_word);
        let before = text[..a].chars().next_back();
        if before.is_some_and(char::is_whitespace) {
            shape = shape.with(Shape::SPACE_BEFORE);
        }
        if before == Some('\n') {
            shape = shape.with(Shape::LINE_BEFORE);
        }
        let (meanings, phrase_starts) =
            if is_word || b - a == 1 { vocabulary.word(&lower[a..b]) } else { Default::default() };
        // Tagged later, by the taggers.
        out.push(Token { span: Span::new(a, b), shape, meanings, phrase_starts, ..Token::default() });
    };
    let mut chars = s.char_indices().peekable();
    while let Some((start, c)) = chars.next() {
        if c.is_whitespace() {
            continue;
        }
        if !is_word_char(c) {
            // A possessive set apart by a space ("England 's", as some corpora write it) is
            // still one token.
            let spaced_possessive = is_apostrophe(c)
                && s[start + c.len_utf8()..].starts_with(['s', 'S'])
                && !s[start + c.len_utf8() + 1..].starts_with(is_word_char)
                && s[..start].ends_with(char::is_whitespace);
            if spaced_possessive {
                push(start, start + c.len_utf8() + 1, false, &mut out);
                chars.next();
                continue;
            }
            push(start, start + c.len_utf8(), false, &mut out);
            continue;
        }
        // A word: alphanumerics joined by single inner hyphens, apostrophes or dots ("U.S").
        let mut end = start + c.len_utf8();
        while let Some(&(i, c)) = chars.peek() {
            let next = s[i + c.len_utf8()..].chars().next();
            // A dot joins digits ("3.5") and the letters of an initialism ("U.S", "a.m"), not
            // two words run together ("said.Hundreds").
            let dot_joins = c == '.' && {
                let segment = s[start..i].rsplit('.').next().unwrap_or("");
                let digits =
                    segment.ends_with(|p: char| p.is_ascii_digit()) && next.is_some_and(|n| n.is_ascii_digit());
                digits || segment.chars().count() <= 2
            };
            let joins =
                (c == '-' || is_apostrophe(c) || dot_joins || c == '\u{2011}') && next.is_some_and(is_word_char);
            if is_word_char(c) || joins {
                end = i + c.len_utf8();
                chars.next();
            } else {
                break;
            }
        }
        // An elision keeps its apostrophe even when a space follows it ("l' armée", as some
        // texts and treebanks space it).
        let elision_apart =
            s[end..].starts_with(['\'', '’']) && is_elision(&lower[span.start + start..span.start + end]);
        if elision_apart {
            let apostrophe = s[end..].chars().next().map_or(1, char::len_utf8);
            push(start, end + apostrophe, true, &mut out);
            chars.next();
            continue;
        }
        // An initialism keeps its final dot: "U.S.", "a.m." (the segmenter never ends a
        // sentence there either).
        let initialism = s[start..end].contains('.')
            && s[start..end]
                .split('.')
                .all(|p| (1..=2).contains(&p.chars().count()) && p.chars().all(char::is_alphabetic));
        // So does the initial of a name before the next part of it ("W. Bush", "J. K. Rowling"),
        // unless the letter is an abbreviation of the language, such as a title ("M. Durand");
        // and an abbreviation ending a company's name inside a sentence ("Acme Corp. said").
        let keeps_dot = s[end..].strip_prefix('.').is_some_and(|after| {
            let meanings = || vocabulary.word(&lower[span.start + start..span.start + end]).0;
            let mut letters = s[start..end].chars();
            let single_capital = letters.next().is_some_and(char::is_uppercase) && letters.next().is_none();
            let mut next = after.chars();
            let spaced = next.next().is_some_and(char::is_whitespace);
            let initial = single_capital
                && spaced
                && next.next().is_some_and(char::is_uppercase)
                && !meanings().has(Meaning::Abbreviation);
            let company = spaced && after.trim_start().starts_with(|c: char| !c.is_uppercase()) && {
                let meanings = meanings();
                meanings.has(Meaning::Abbreviation) && meanings.has(Meaning::OrgKeyword)
            };
            initialism || initial || company
        });
        if keeps_dot {
            end += 1;
            chars.next();
        }
        let word = &s[start..end];
        // Split the language's elisions off the front and possessives off the end.
        let mut w_start = start;
        if let Some(pos) = word.find(['\'', '’']) {
            let head = &lower[span.start + start..span.start + start + pos];
            // Every language's elisions: a French name quoted in English text is split too.
            if is_elision(head) {
                let cut = start + pos + word[pos..].chars().next().map_or(1, char::len_utf8);
                push(start, cut, true, &mut out);
                w_start = cut;
            }
        }
        let rest = &s[w_start..end];
        let possessive = ["'s", "’s", "'S", "’S"].iter().find(|p| rest.len() > p.len() && rest.ends_with(*p));
        match possessive {
            Some(p) => {
                let cut = end - p.len();
                push(w_start, cut, true, &mut out);
                push(cut, end, false, &mut out);
            }
            None => push(w_start, end, true, &mut out),
        }
    }
    passive_agreement(&mut out);
    out
}

/// An agreed participle of speech right after a passive auxiliary, or one word after it
/// ("a été confirmée", "ont été ensuite annoncées"), or before its agent ("Mort d'un otage
/// confirmée par Paris"), is a verb of speech.
fn passive_agreement(tokens: &mut [Token]) {
    for k in 1..tokens.len() {
        let after_auxiliary = (k.saturating_sub(2)..k).any(|j| tokens[j].means(Meaning::PassiveAuxiliary));
        let before_agent = tokens.get(k + 1).is_some_and(|t| t.means(Meaning::AgentMarker));
        if tokens[k].means(Meaning::AgreedSpeechParticiple) && (after_auxiliary || before_agent) {
            tokens[k].meanings = tokens[k].meanings.with(Meaning::SpeechVerb);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::lang::{en, fr, Lexicon};
    use crate::model::Meaning;

    fn read<'a>(s: &'a str, lexicon: &'static Lexicon) -> Vec<(&'a str, Token)> {
        let lower = lowercase_aligned(s);
        tokenize(s, &lower, Span::new(0, s.len()), Vocabulary::of(lexicon))
            .into_iter()
            .map(|t| (t.text(s), t))
            .collect()
    }

    fn words(s: &str) -> Vec<&str> {
        read(s, &fr::LEXICON).into_iter().map(|(w, _)| w).collect()
    }

    #[test]
    fn splits_possessives_and_elisions_but_keeps_hyphenated_names() {
        assert_eq!(words("Bashar al-Assad's army"), vec!["Bashar", "al-Assad", "'s", "army"]);
        assert_eq!(words("l'armée d’Alep, aujourd'hui."), vec!["l'", "armée", "d’", "Alep", ",", "aujourd'hui", "."]);
        assert_eq!(words("the U.S. envoy"), vec!["the", "U.S.", "envoy"]);
    }

    #[test]
    fn tokens_know_their_shape_and_meanings() {
        let tokens = read("Gen. Ahmed AL-BASHIR said 3.5 percent died in March.", &en::LEXICON);
        let of = |w: &str| tokens.iter().find(|(t, _)| *t == w).map(|(_, t)| *t).unwrap();
        assert!(of("Gen").means(Meaning::Title) && of("Gen").means(Meaning::Abbreviation));
        assert!(of("AL-BASHIR").shape.is(Shape::ALL_CAPS.with(Shape::HYPHENATED)));
        assert!(of("3.5").shape.is(Shape::DIGIT.with(Shape::DOTTED)) && !of("3.5").shape.is(Shape::NUMBER));
        assert!(of("said").means(Meaning::SpeechVerb));
        assert!(of("March").means(Meaning::Month) && of("March").shape.is(Shape::CAPITALISED));
        assert!(of("in").shape.is(Shape::SPACE_BEFORE) && !of(".").shape.is(Shape::SPACE_BEFORE));
    }

    #[test]
    fn elisions_of_any_language_are_split_off() {
        assert_eq!(read("l'armée", &fr::LEXICON).len(), 2);
        assert_eq!(words("d' Atlanta"), vec!["d'", "Atlanta"]);
        assert_eq!(words("l'ONU'"), vec!["l'", "ONU", "'"]);
        assert_eq!(read("according to l'Observatoire", &en::LEXICON).len(), 4);
        assert_eq!(read("don't", &en::LEXICON).len(), 1);
    }

    #[test]
    fn a_dot_joins_decimals_and_initialisms_but_not_words_run_together() {
        let words = |s| read(s, &en::LEXICON).into_iter().map(|(w, _)| w).collect::<Vec<_>>();
        assert_eq!(words("the U.S.A team"), vec!["the", "U.S.A", "team"]);
        assert_eq!(words("up 3.5 at 9 a.m"), vec!["up", "3.5", "at", "9", "a.m"]);
        assert_eq!(words("at 9 a.m. in the U.N. hall"), vec!["at", "9", "a.m.", "in", "the", "U.N.", "hall"]);
        assert_eq!(words("in 3.5. Then"), vec!["in", "3.5", ".", "Then"]);
        assert_eq!(words("the UN said.Hundreds"), vec!["the", "UN", "said", ".", "Hundreds"]);
    }

    #[test]
    fn an_initial_keeps_its_dot_before_the_rest_of_the_name_but_a_title_does_not() {
        let en_words = |s| read(s, &en::LEXICON).into_iter().map(|(w, _)| w).collect::<Vec<_>>();
        assert_eq!(en_words("said George W. Bush"), vec!["said", "George", "W.", "Bush"]);
        assert_eq!(en_words("by J. K. Rowling"), vec!["by", "J.", "K.", "Rowling"]);
        // At the end of the text, or before a lower-case word, the dot is a full stop.
        assert_eq!(en_words("the plan B."), vec!["the", "plan", "B", "."]);
        assert_eq!(en_words("group C. then"), vec!["group", "C", ".", "then"]);
        assert_eq!(words("a déclaré M. Durand"), vec!["a", "déclaré", "M", ".", "Durand"]);
        assert_eq!(words("selon Jean-Pierre K. Mbala"), vec!["selon", "Jean-Pierre", "K.", "Mbala"]);
    }

    #[test]
    fn a_possessive_set_apart_by_a_space_is_one_token() {
        let en_words = |s| read(s, &en::LEXICON).into_iter().map(|(w, _)| w).collect::<Vec<_>>();
        assert_eq!(en_words("Kenya 's army"), vec!["Kenya", "'s", "army"]);
        assert_eq!(en_words("the ' sword '"), vec!["the", "'", "sword", "'"]);
        assert_eq!(en_words("' so"), vec!["'", "so"]);
    }

    #[test]
    fn a_company_s_abbreviation_keeps_its_dot_inside_a_sentence() {
        let en_words = |s| read(s, &en::LEXICON).into_iter().map(|(w, _)| w).collect::<Vec<_>>();
        assert_eq!(en_words("Acme Inc. said"), vec!["Acme", "Inc.", "said"]);
        assert_eq!(en_words("Northwind Corp. rose"), vec!["Northwind", "Corp.", "rose"]);
        // Ending the sentence, or before a capital, the dot may be a full stop.
        assert_eq!(en_words("sold to Acme Inc."), vec!["sold", "to", "Acme", "Inc", "."]);
        assert_eq!(en_words("Acme Inc. The deal"), vec!["Acme", "Inc", ".", "The", "deal"]);
        // A title's abbreviation is left to the rules of names ("Gen." + "Ellis").
        assert_eq!(en_words("Gen. said"), vec!["Gen", ".", "said"]);
    }
}
