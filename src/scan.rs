//! A cursor that reads a string forward: the small hand-written parsers of dates, times,
//! numbers and page labels are built on it, so that no pattern is compiled at run time.
//!
//! Words of a table match whatever their case; a space inside an entry matches any run of
//! white space, and an apostrophe either apostrophe. Digits are ASCII digits.

use rustc_hash::FxHashMap;
use std::sync::{LazyLock, Mutex};

/// A position in a string, read forward. Copy it to try something and keep the copy only if
/// the attempt succeeds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Scan<'a> {
    text: &'a str,
    /// The byte offset read up to.
    pub pos: usize,
}

/// Whether `c` counts as part of a word for a boundary.
fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

impl<'a> Scan<'a> {
    /// A cursor at the start of `text`.
    pub fn new(text: &'a str) -> Scan<'a> {
        Scan { text, pos: 0 }
    }

    /// A cursor at byte `pos` of `text` (a character boundary).
    pub fn at(text: &'a str, pos: usize) -> Scan<'a> {
        debug_assert!(text.is_char_boundary(pos));
        Scan { text, pos }
    }

    /// The text not read yet.
    pub fn rest(&self) -> &'a str {
        &self.text[self.pos..]
    }

    /// Whether everything has been read.
    pub fn done(&self) -> bool {
        self.pos >= self.text.len()
    }

    /// The text read since byte `start`.
    pub fn since(&self, start: usize) -> &'a str {
        &self.text[start..self.pos]
    }

    /// The next character, not read.
    pub fn peek(&self) -> Option<char> {
        self.rest().chars().next()
    }

    /// The character before the position.
    pub fn before(&self) -> Option<char> {
        self.text[..self.pos].chars().next_back()
    }

    /// Reads one character that satisfies `f`.
    pub fn char_if(&mut self, f: impl Fn(char) -> bool) -> Option<char> {
        let c = self.peek().filter(|&c| f(c))?;
        self.pos += c.len_utf8();
        Some(c)
    }

    /// Reads `c` if it comes next (ASCII letters whatever their case).
    pub fn eat(&mut self, c: char) -> bool {
        self.char_if(|d| d == c || d.is_ascii() && d.eq_ignore_ascii_case(&c)).is_some()
    }

    /// Reads one of `chars` if it comes next.
    pub fn eat_any(&mut self, chars: &[char]) -> Option<char> {
        self.char_if(|c| chars.contains(&c))
    }

    /// Reads characters while `f` holds; the number of bytes read.
    pub fn eat_while(&mut self, f: impl Fn(char) -> bool) -> usize {
        let start = self.pos;
        while self.char_if(&f).is_some() {}
        self.pos - start
    }

    /// Reads any white space (`\s*`); whether there was some.
    pub fn spaces(&mut self) -> bool {
        self.eat_while(char::is_whitespace) > 0
    }

    /// Reads white space that must be there (`\s+`).
    pub fn space1(&mut self) -> Option<()> {
        self.spaces().then_some(())
    }

    /// Reads between `min` and `max` ASCII digits (greedily) and returns their value and
    /// where they start.
    pub fn digits(&mut self, min: usize, max: usize) -> Option<(u32, usize)> {
        let start = self.pos;
        let run = self.rest().bytes().take(max).take_while(u8::is_ascii_digit).count();
        if run < min {
            return None;
        }
        self.pos += run;
        Some((self.text[start..self.pos].parse().ok()?, start))
    }

    /// Whether a word starts or ends here (Unicode letters, digits and `_` are word characters).
    pub fn at_boundary(&self) -> bool {
        self.before().is_some_and(is_word_char) != self.peek().is_some_and(is_word_char)
    }

    /// Whether no word character follows (a word cannot go on past here).
    pub fn word_ends(&self) -> bool {
        !self.peek().is_some_and(is_word_char)
    }

    /// Reads `entry` if it comes next, whatever the case, a space in it matching any run of
    /// white space and an apostrophe either apostrophe.
    pub fn phrase(&mut self, entry: &str) -> bool {
        // Most entries are one plain ASCII word: compared byte for byte, whatever the case.
        if entry.bytes().all(|b| b.is_ascii() && b != b' ' && b != b'\'') {
            let matched =
                self.rest().as_bytes().get(..entry.len()).is_some_and(|b| b.eq_ignore_ascii_case(entry.as_bytes()));
            if matched {
                self.pos += entry.len();
            }
            return matched;
        }
        let mut at = *self;
        let mut wanted = entry.chars().peekable();
        while let Some(w) = wanted.next() {
            if w == ' ' {
                if at.space1().is_none() {
                    return false;
                }
                while wanted.next_if(|c| *c == ' ').is_some() {}
                continue;
            }
            let ok = match w {
                '\'' | '’' => at.eat_any(&['\'', '’']).is_some(),
                _ => at.char_if(|c| same_letter(c, w)).is_some(),
            };
            if !ok {
                return false;
            }
        }
        *self = at;
        true
    }

    /// Reads the longest entry of `words` that comes next and after which `accept` holds.
    pub fn word_in<'w>(&mut self, words: impl IntoIterator<Item = &'w str>, accept: impl Fn(&Scan) -> bool) -> bool {
        self.longest(words.into_iter().map(|w| (w, ())), &accept).is_some()
    }

    /// Reads the longest key of a `(word, value)` table that comes next and after which
    /// `accept` holds, and returns its value.
    pub fn key_in<'w, T: Copy + 'w>(
        &mut self,
        table: impl IntoIterator<Item = &'w (&'w str, T)>,
        accept: impl Fn(&Scan) -> bool,
    ) -> Option<T> {
        self.longest(table.into_iter().map(|&(w, v)| (w, v)), &accept)
    }

    /// [`Scan::word_in`] the words of `tables`, one after the other, each looked up through
    /// its index by first letter ([`FirstLetters`]): only the words that can match are tried.
    pub fn word_in_tables(
        &mut self,
        tables: impl IntoIterator<Item = &'static [&'static str]>,
        accept: impl Fn(&Scan) -> bool,
    ) -> bool {
        self.longest_in_tables(tables, |&w| (w, ()), &accept).is_some()
    }

    /// [`Scan::key_in`] the `(word, value)` tables `tables`, one after the other, each looked
    /// up through its index by first letter ([`FirstLetters`]).
    pub fn key_in_tables<T: Copy + 'static>(
        &mut self,
        tables: impl IntoIterator<Item = &'static [(&'static str, T)]>,
        accept: impl Fn(&Scan) -> bool,
    ) -> Option<T> {
        self.longest_in_tables(tables, |&(w, v)| (w, v), &accept)
    }

    /// [`Scan::longest`] over the entries of `tables` (in order), `entry` giving an entry's
    /// word and value: at an ASCII character, only the entries its index lists for it.
    fn longest_in_tables<E: 'static, T>(
        &mut self,
        tables: impl IntoIterator<Item = &'static [E]>,
        entry: impl Fn(&'static E) -> (&'static str, T),
        accept: &dyn Fn(&Scan) -> bool,
    ) -> Option<T> {
        let next = self.word_letter()?;
        let mut best: Option<(Scan<'a>, T)> = None;
        let mut consider = |e: &'static E| {
            let (word, value) = entry(e);
            self.keep_longest(word, value, next, accept, &mut best);
        };
        for table in tables {
            if next.is_ascii() {
                let index = FirstLetters::of(table, |e| entry(e).0);
                index.candidates(next as u8).iter().for_each(|&i| consider(&table[usize::from(i)]));
            } else {
                table.iter().for_each(&mut consider);
            }
        }
        let (at, value) = best?;
        *self = at;
        Some(value)
    }

    fn longest<'w, T>(
        &mut self,
        entries: impl Iterator<Item = (&'w str, T)>,
        accept: &dyn Fn(&Scan) -> bool,
    ) -> Option<T> {
        let next = self.word_letter()?;
        // The first byte of an entry that can match, when the text goes on in ASCII.
        let ascii = next.is_ascii().then_some(next as u8);
        let mut best: Option<(Scan<'a>, T)> = None;
        for (entry, value) in entries {
            let first = entry.as_bytes().first().copied().unwrap_or(b' ');
            if ascii.is_some_and(|b| first.is_ascii_alphanumeric() && first.to_ascii_lowercase() != b) {
                continue;
            }
            self.keep_longest(entry, value, next, accept, &mut best);
        }
        let (at, value) = best?;
        *self = at;
        Some(value)
    }

    /// The next character folded, where a table word may start: table entries are words, and
    /// none opens with a digit (the tables' tests check it), so at a number there is none.
    fn word_letter(&self) -> Option<char> {
        let next = self.peek()?;
        (!next.is_ascii_digit()).then(|| fold(next))
    }

    /// Reads `entry` here and keeps it in `best` if it reaches further than what is there.
    fn keep_longest<T>(
        &self,
        entry: &str,
        value: T,
        next: char,
        accept: &dyn Fn(&Scan) -> bool,
        best: &mut Option<(Scan<'a>, T)>,
    ) {
        if let Some(at) = self.try_entry(entry, next, accept) {
            if best.as_ref().is_none_or(|(b, _)| at.pos > b.pos) {
                *best = Some((at, value));
            }
        }
    }

    /// Where reading `entry` here ends, if it comes next and `accept` holds after it; `next`
    /// is the next character folded. One body for every table, not a copy for each.
    #[inline(never)]
    fn try_entry(&self, entry: &str, next: char, accept: &dyn Fn(&Scan) -> bool) -> Option<Scan<'a>> {
        // Most entries differ from the text at their first letter: a cheap test first.
        let first = entry.chars().next()?;
        if fold(first) != next && !matches!(first, '\'' | '’' | ' ') {
            return None;
        }
        let mut at = *self;
        (at.phrase(entry) && accept(&at)).then_some(at)
    }
}

/// The entries of a table that [`Scan::longest`] would try at each ASCII character (folded to
/// lower case), in table order: those whose first byte is that letter or digit in either case,
/// and those that open with anything else. Built once per table, at its first lookup.
#[derive(Debug)]
pub struct FirstLetters {
    /// For each ASCII byte, the indices of its candidates.
    candidates: Vec<Vec<u16>>,
}

/// A `static` table by its address, length and entry size.
pub type TableId = (usize, usize, usize);

/// Indexes of `static` tables, each built at its table's first lookup.
pub type TableIndexes<I> = LazyLock<Mutex<FxHashMap<TableId, &'static I>>>;

/// The index of `table` in `indexes`: built by `build` at its first lookup and kept for the
/// life of the program (tables are `static`).
pub fn index_of_table<E, I>(indexes: &TableIndexes<I>, table: &'static [E], build: impl FnOnce() -> I) -> &'static I {
    let id = (table.as_ptr() as usize, table.len(), std::mem::size_of::<E>());
    let mut indexes = indexes.lock().unwrap_or_else(|e| e.into_inner());
    indexes.entry(id).or_insert_with(|| Box::leak(Box::new(build())))
}

/// The index of every table looked up so far.
static FIRST_LETTERS: TableIndexes<FirstLetters> = LazyLock::new(Mutex::default);

impl FirstLetters {
    /// The index of `table`, whose entries' words `word` gives.
    fn of<E: 'static>(table: &'static [E], word: impl Fn(&'static E) -> &'static str) -> &'static FirstLetters {
        index_of_table(&FIRST_LETTERS, table, || FirstLetters::new(table.iter().map(word)))
    }

    fn new<'w>(words: impl Iterator<Item = &'w str>) -> FirstLetters {
        let mut candidates = vec![Vec::new(); 128];
        for (i, word) in words.enumerate() {
            let i = u16::try_from(i).expect("a table of fewer than 65536 words");
            let first = word.as_bytes().first().copied().unwrap_or(b' ');
            if first.is_ascii_alphanumeric() {
                candidates[usize::from(first.to_ascii_lowercase())].push(i);
            } else {
                candidates.iter_mut().for_each(|c| c.push(i));
            }
        }
        FirstLetters { candidates }
    }

    /// The entries to try at the ASCII byte `next`, lower case.
    fn candidates(&self, next: u8) -> &[u16] {
        self.candidates.get(usize::from(next)).map_or(&[], Vec::as_slice)
    }
}

/// Whether a character of the text is the character `wanted` of a table entry, whatever
/// their case.
fn same_letter(c: char, wanted: char) -> bool {
    if c.is_ascii() && wanted.is_ascii() {
        return c.eq_ignore_ascii_case(&wanted);
    }
    c == wanted || {
        let mut a = c.to_lowercase();
        let mut b = wanted.to_lowercase();
        loop {
            match (a.next(), b.next()) {
                (None, None) => break true,
                (x, y) if x == y => continue,
                _ => break false,
            }
        }
    }
}

/// Where the words of `s` start: each letter or digit that follows none.
pub fn word_starts(s: &str) -> impl Iterator<Item = usize> + '_ {
    let mut previous_in_word = false;
    s.char_indices().filter_map(move |(i, c)| {
        let in_word = c.is_alphanumeric();
        let starts = in_word && !previous_in_word;
        previous_in_word = in_word;
        starts.then_some(i)
    })
}

/// The first character of `c` lower-cased, which a letter of any case folds to.
fn fold(c: char) -> char {
    if c.is_ascii() {
        c.to_ascii_lowercase()
    } else {
        c.to_lowercase().next().unwrap_or(c)
    }
}

/// Accepts any end.
pub fn anywhere(_: &Scan) -> bool {
    true
}

/// Accepts an end that is not inside a word.
pub fn word_end(s: &Scan) -> bool {
    s.word_ends() || !s.before().is_some_and(is_word_char)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_phrase_matches_whatever_its_case_spacing_and_apostrophe() {
        let mut s = Scan::new("Aujourd’hui  MÊME");
        assert!(s.phrase("aujourd'hui même"));
        assert!(s.done());
    }

    #[test]
    fn the_longest_entry_wins_unless_the_end_is_refused() {
        let words = ["sept", "september"];
        let mut s = Scan::new("September 5");
        assert!(s.word_in(words, word_end));
        assert_eq!(s.rest(), " 5");
        let mut s = Scan::new("Sept. 5");
        assert!(s.word_in(words, word_end));
        assert_eq!(s.rest(), ". 5");
        let mut s = Scan::new("Septembre");
        assert!(!s.word_in(words, word_end));
        assert_eq!(s.pos, 0);
    }

    #[test]
    fn tables_read_through_their_index_as_word_by_word() {
        static WORDS: &[&str] = &["sept", "september", "Sep", "'til", "été", "Été", "s", "september"];
        static ENTRIES: &[(&str, u32)] = &[("sept", 1), ("september", 2), ("SEPTEMBER", 3), ("’tis", 4)];
        for text in ["September 5", "Sept. 5", "sep", "Septembre", "'til", "’tis", "Été", "été", "s", "x", "9", ""]
        {
            for accept in [anywhere, word_end] {
                let (mut a, mut b) = (Scan::new(text), Scan::new(text));
                assert_eq!(a.word_in(WORDS.iter().copied(), accept), b.word_in_tables([WORDS, WORDS], accept));
                assert_eq!(a, b, "{text}");
                let (mut a, mut b) = (Scan::new(text), Scan::new(text));
                assert_eq!(a.key_in(ENTRIES, accept), b.key_in_tables([ENTRIES], accept), "{text}");
                assert_eq!(a, b, "{text}");
            }
        }
    }

    #[test]
    fn digits_are_read_greedily_within_bounds() {
        let mut s = Scan::new("20245");
        assert_eq!(s.digits(4, 4), Some((2024, 0)));
        assert_eq!(s.digits(2, 2), None);
        assert_eq!(s.rest(), "5");
    }

    #[test]
    fn boundaries_are_unicode_aware() {
        let s = Scan::at("été 2023", 3);
        assert!(!s.at_boundary());
        let s = Scan::at("été 2023", 5);
        assert!(s.at_boundary());
    }
}
