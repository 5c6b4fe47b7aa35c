//! How each region looks on every map: a colour and a letter, together its look. The
//! explorer, the `map` command and the SVG all take them from here, so a region looks the same
//! everywhere, and two regions never look alike: no two share a letter, and each of the
//! document's fifteen regions has a colour of its own. Without colour the letter alone tells
//! them apart.
//!
//! The colours are fixed entries of the xterm 256-colour cube rather than the 16 ANSI
//! colours, which each terminal theme defines as it likes: a fixed colour can be chosen to
//! read on any background. Each has a WCAG contrast of at least 3:1 against white and
//! against black, so it reads on a light terminal (xterm's default) and a dark one alike, as
//! a letter, and as the background of a reversed letter. Among such colours these fifteen are
//! far apart (CIEDE2000 at least 15.8 between any two), and regions that lie close together
//! have the most different of them (at least 30 between regions whose middles are within
//! 70 km).

/// The region colours as xterm 256-colour indices, in the document's order of regions; after
/// the last the list repeats (other data with more regions).
pub const REGION_COLORS: [u8; 15] = [
    104, // We The North: #8787d7, lavender
    32,  // BrabantStad: #0087d7, azure
    198, // Twente: #ff0087, rose
    126, // Flevoland: #af0087, plum
    30,  // Stedendriehoek: #008787, teal
    93,  // Arnhem Nijmegen: #8700ff, violet
    96,  // Zeeland: #875f87, mauve
    58,  // Ede-Wageningen: #5f5f00, olive
    27,  // MRA: #005fff, blue
    201, // Haaglanden: #ff00ff, magenta
    196, // Utrecht: #ff0000, red
    130, // Zwolle: #af5f00, brown
    131, // Zuid: #af5f5f, brick
    28,  // Leiden: #008700, green
    136, // Rotterdam: #af8700, ochre
];

/// Signs for regions, in dataset order: the letters, then digits; "?" past the last.
const SIGNS: &str = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

/// The letter (or past Z and z, digit) that stands for a region on every map, in dataset
/// order: A for the first region; "?" past the 62nd.
pub fn region_letter(region: usize) -> char {
    SIGNS.chars().nth(region).unwrap_or('?')
}

/// The region's colour as an xterm 256-colour index.
pub fn region_index(region: usize) -> u8 {
    REGION_COLORS[region % REGION_COLORS.len()]
}

/// The region's colour as red, green and blue.
pub fn region_rgb(region: usize) -> (u8, u8, u8) {
    xterm_rgb(region_index(region))
}

/// The region's colour as `#rrggbb`, for the SVG.
pub fn region_hex(region: usize) -> String {
    let (r, g, b) = region_rgb(region);
    format!("#{r:02x}{g:02x}{b:02x}")
}

/// The red, green and blue of an xterm 256-colour index as xterm defines it by default: the
/// 6x6x6 cube from 16, the grey ramp from 232. The first 16 are the theme's own; the
/// values given for them are xterm's defaults.
pub fn xterm_rgb(index: u8) -> (u8, u8, u8) {
    const ANSI: [(u8, u8, u8); 16] = [
        (0, 0, 0),
        (205, 0, 0),
        (0, 205, 0),
        (205, 205, 0),
        (0, 0, 238),
        (205, 0, 205),
        (0, 205, 205),
        (229, 229, 229),
        (127, 127, 127),
        (255, 0, 0),
        (0, 255, 0),
        (255, 255, 0),
        (92, 92, 255),
        (255, 0, 255),
        (0, 255, 255),
        (255, 255, 255),
    ];
    const LEVELS: [u8; 6] = [0, 95, 135, 175, 215, 255];
    match index {
        0..=15 => ANSI[usize::from(index)],
        16..=231 => {
            let i = usize::from(index - 16);
            (LEVELS[i / 36], LEVELS[(i / 6) % 6], LEVELS[i % 6])
        }
        _ => {
            let g = 8 + 10 * (index - 232);
            (g, g, g)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn xterm_indices_give_xterm_colours() {
        assert_eq!(xterm_rgb(16), (0, 0, 0));
        assert_eq!(xterm_rgb(196), (255, 0, 0));
        assert_eq!(xterm_rgb(27), (0, 95, 255));
        assert_eq!(xterm_rgb(104), (135, 135, 215));
        assert_eq!(xterm_rgb(231), (255, 255, 255));
        assert_eq!(xterm_rgb(232), (8, 8, 8));
        assert_eq!(xterm_rgb(255), (238, 238, 238));
        assert_eq!(region_hex(0), "#8787d7");
    }

    #[test]
    fn signs_are_distinct_and_run_out_into_a_question_mark() {
        let signs: Vec<char> = (0..62).map(region_letter).collect();
        let mut sorted = signs.clone();
        sorted.sort_unstable();
        sorted.dedup();
        assert_eq!(sorted.len(), 62);
        assert_eq!((region_letter(0), region_letter(14)), ('A', 'O'));
        assert_eq!(region_letter(62), '?');
    }
}
