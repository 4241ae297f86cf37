"""The text report shows what a file holds, but never lets it drive the terminal."""
import subprocess
import sys


def test_terminal_escapes_in_segments_are_shown_not_sent(tmp_path):
    en, fr = tmp_path / "a.en.txt", tmp_path / "a.fr.txt"
    en.write_text("Hello \x1b[31mred\x1b[0m world: 5 people came.\n", encoding="utf-8")
    fr.write_text("Bonjour \x1b[31mrouge\x1b[0m \u202eà l'envers\u202c : 6\u00a0personnes sont venues.\n",
                  encoding="utf-8")
    out = subprocess.run([sys.executable, "-m", "qa_desk", "check", str(en), str(fr)], capture_output=True,
                         text=True, encoding="utf-8")
    assert "does not match" in out.stdout  # the segment is reported...
    assert "\x1b" not in out.stdout and "\u202e" not in out.stdout  # ...without its escapes
    assert "\\x1b[31m" in out.stdout and "\\u202e" in out.stdout
    assert "rouge" in out.stdout and "à l'envers" in out.stdout  # the text around them is intact
