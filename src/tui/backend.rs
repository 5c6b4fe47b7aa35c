//! A backend that never reports a screen larger than [`MAX_COLS`] x [`MAX_ROWS`]: ratatui
//! allocates its buffers (two of them, a few dozen bytes a cell) for the size the backend
//! reports, and a terminal may claim 10000x10000. The rest of a larger screen stays blank.

use std::io::{self, Write};

use ratatui::backend::{Backend, ClearType, WindowSize};
use ratatui::buffer::Cell;
use ratatui::layout::{Position, Size};

/// The most columns drawn.
pub const MAX_COLS: u16 = 1000;
/// The most rows drawn.
pub const MAX_ROWS: u16 = 1000;

/// `size` capped at [`MAX_COLS`] x [`MAX_ROWS`].
pub fn capped(size: Size) -> Size {
    Size::new(size.width.min(MAX_COLS), size.height.min(MAX_ROWS))
}

/// Wraps a backend and caps the size it reports.
#[derive(Debug)]
pub struct Capped<B>(pub B);

impl<B: Backend> Backend for Capped<B> {
    type Error = B::Error;

    fn draw<'a, I>(&mut self, content: I) -> Result<(), Self::Error>
    where
        I: Iterator<Item = (u16, u16, &'a Cell)>,
    {
        self.0.draw(content)
    }

    fn append_lines(&mut self, n: u16) -> Result<(), Self::Error> {
        self.0.append_lines(n)
    }

    fn hide_cursor(&mut self) -> Result<(), Self::Error> {
        self.0.hide_cursor()
    }

    fn show_cursor(&mut self) -> Result<(), Self::Error> {
        self.0.show_cursor()
    }

    /// Not asked of the terminal: its answer would arrive as input, which the explorer's
    /// own reader takes (see `input::reader`), and a full-screen interface has no use for
    /// where the cursor was.
    fn get_cursor_position(&mut self) -> Result<Position, Self::Error> {
        Ok(Position::ORIGIN)
    }

    fn set_cursor_position<P: Into<Position>>(&mut self, position: P) -> Result<(), Self::Error> {
        self.0.set_cursor_position(position)
    }

    fn clear(&mut self) -> Result<(), Self::Error> {
        self.0.clear()
    }

    fn clear_region(&mut self, clear_type: ClearType) -> Result<(), Self::Error> {
        self.0.clear_region(clear_type)
    }

    fn size(&self) -> Result<Size, Self::Error> {
        self.0.size().map(capped)
    }

    fn window_size(&mut self) -> Result<WindowSize, Self::Error> {
        let mut w = self.0.window_size()?;
        w.columns_rows = capped(w.columns_rows);
        Ok(w)
    }

    fn flush(&mut self) -> Result<(), Self::Error> {
        Backend::flush(&mut self.0)
    }
}

/// The clipboard sequence goes to the terminal beside the frames, through the backend.
impl<B: Write> Write for Capped<B> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.0.write(buf)
    }

    fn flush(&mut self) -> io::Result<()> {
        Write::flush(&mut self.0)
    }
}

#[cfg(test)]
mod tests {
    use ratatui::Terminal;
    use ratatui::backend::TestBackend;

    use super::*;

    #[test]
    fn a_huge_screen_gets_buffers_of_the_capped_size() {
        let mut terminal = Terminal::new(Capped(TestBackend::new(4000, 30))).expect("terminal");
        let frame = terminal.get_frame();
        assert_eq!(frame.area().width, MAX_COLS);
        assert_eq!(frame.area().height, 30);
        assert_eq!(capped(Size::new(10000, 10000)), Size::new(1000, 1000));
        assert_eq!(capped(Size::new(80, 24)), Size::new(80, 24));
    }
}
