use proptest::prelude::*;

use super::*;

fn cut(chunks: &[&[u8]]) -> (Framer, Vec<Piece>) {
    let mut f = Framer::new();
    let mut out = Vec::new();
    let t = Instant::now();
    for c in chunks {
        f.feed(c, t, &mut out);
    }
    (f, out)
}

fn key(bytes: &[u8]) -> Piece {
    Piece::Key(bytes.to_vec())
}

#[test]
fn keys_and_sequences_come_out_whole() {
    let (_, out) = cut(&[b"q\x1b[A\x1bOP\x1b[1;5C\x03\r", "é".as_bytes()]);
    assert_eq!(
        out,
        [
            key(b"q"),
            key(b"\x1b[A"),
            key(b"\x1bOP"),
            key(b"\x1b[1;5C"),
            key(b"\x03"),
            key(b"\r"),
            key("é".as_bytes())
        ]
    );
}

#[test]
fn a_lone_esc_is_the_esc_key_once_nothing_follows() {
    let (mut f, out) = cut(&[b"\x1b"]);
    assert!(out.is_empty(), "it may be the start of a sequence");
    let deadline = f.deadline().expect("it waits");
    let mut out = Vec::new();
    f.expire(deadline - Duration::from_millis(1), &mut out);
    assert!(out.is_empty());
    f.expire(deadline, &mut out);
    assert_eq!(out, [key(b"\x1b")]);
    assert!(f.deadline().is_none());
}

#[test]
fn esc_and_a_key_together_are_one_piece_for_the_key_table_to_split() {
    let (_, out) = cut(&[b"\x1bq\x1b\x1b"]);
    assert_eq!(out, [key(b"\x1bq"), key(b"\x1b")]);
}

/// The sequences that, unfinished, used to make the explorer deaf to Ctrl-C and `q`.
const UNFINISHED: &[&[u8]] = &[
    b"\x1b[<0;",
    b"\x1b[1;",
    b"\x1b[M",
    b"\x1b[200~abc",
    b"\x1b]52;c;",
];

#[test]
fn ctrl_c_gets_through_any_unfinished_sequence_at_once() {
    for start in UNFINISHED {
        let (f, out) = cut(&[start, b"\x03"]);
        assert_eq!(out.last(), Some(&key(b"\x03")), "{start:?}: {out:?}");
        assert!(f.deadline().is_none(), "{start:?}: nothing left waiting");
    }
}

#[test]
fn esc_then_q_gets_through_any_unfinished_sequence() {
    for start in UNFINISHED {
        let (_, out) = cut(&[start, b"\x1bq"]);
        assert_eq!(out.last(), Some(&key(b"\x1bq")), "{start:?}: {out:?}");
    }
}

#[test]
fn an_unfinished_sequence_is_dropped_after_its_wait() {
    for start in UNFINISHED {
        let (mut f, out) = cut(&[start]);
        assert!(out.is_empty(), "{start:?}");
        let deadline = f.deadline().expect("it waits");
        let wait = if start.starts_with(PASTE_START) {
            PASTE_WAIT
        } else {
            SEQUENCE_WAIT
        };
        assert!(deadline <= Instant::now() + wait);
        let mut out = Vec::new();
        f.expire(deadline, &mut out);
        assert!(out.is_empty(), "{start:?}: dropped, not sent: {out:?}");
        f.feed(b"q", Instant::now(), &mut out);
        assert_eq!(out, [key(b"q")], "{start:?}");
    }
}

#[test]
fn a_paste_is_one_piece_however_it_is_cut() {
    let whole = b"\x1b[200~twee regels\r\nmet \xc3\xa9\xe2\x80\x99n tab\t\x1b[201~q";
    let (_, expected) = cut(&[whole]);
    assert_eq!(
        expected,
        [
            Piece::Paste("twee regels\r\nmet é’n tab\t".into()),
            key(b"q")
        ]
    );
    for i in 0..whole.len() {
        for j in i..whole.len() {
            let (_, out) = cut(&[&whole[..i], &whole[i..j], &whole[j..]]);
            assert_eq!(out, expected, "cut at {i} and {j}");
        }
    }
}

#[test]
fn a_huge_paste_is_kept_up_to_the_limit() {
    let mut bytes = PASTE_START.to_vec();
    bytes.extend(std::iter::repeat_n(b'x', 1 << 20));
    bytes.extend_from_slice(PASTE_END);
    let (_, out) = cut(&[&bytes]);
    match out.as_slice() {
        [Piece::Paste(text)] => assert_eq!(text.len(), MAX_PASTE),
        other => panic!("one paste expected, got {} pieces", other.len()),
    }
}

#[test]
fn mouse_reports_and_strings() {
    // An X10 report's bytes may be anything from 32 up; an OSC reply is dropped whole.
    let (_, out) = cut(&[b"\x1b[M \xff!", b"\x1b]11;rgb:0/0/0\x07", b"\x1b[<0;10;5M"]);
    assert_eq!(out, [key(b"\x1b[M \xff!"), key(b"\x1b[<0;10;5M")]);
    let (_, out) = cut(&[b"\x1bP1$r\x1b\\x"]);
    assert_eq!(out, [key(b"x")]);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    /// How the bytes are cut into reads does not change the pieces.
    #[test]
    fn pieces_do_not_depend_on_how_reads_cut_the_bytes(
        bytes in proptest::collection::vec(any::<u8>(), 0..200),
        cuts in proptest::collection::vec(any::<prop::sample::Index>(), 0..6),
    ) {
        let (_, whole) = cut(&[&bytes]);
        let mut at: Vec<usize> = cuts.iter().map(|i| i.index(bytes.len() + 1)).collect();
        at.sort_unstable();
        let mut chunks: Vec<&[u8]> = Vec::new();
        let mut from = 0;
        for a in at {
            chunks.push(&bytes[from..a]);
            from = a;
        }
        chunks.push(&bytes[from..]);
        let (_, pieces) = cut(&chunks);
        prop_assert_eq!(pieces, whole);
    }

    /// After any bytes at all, Ctrl-C comes out as itself.
    #[test]
    fn ctrl_c_always_gets_through(bytes in proptest::collection::vec(any::<u8>(), 0..200)) {
        let (_, out) = cut(&[&bytes, b"\x03"]);
        prop_assert_eq!(out.last(), Some(&key(b"\x03")));
    }
}
