package org.dyad.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.dyad.model.Article;
import org.dyad.model.DyadInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextFilesTest {
  @TempDir Path dir;
  private final TextFiles files = new TextFiles(TextFiles.DEFAULT_MAX_BYTES);

  @Test
  void read_plainText_keepsTextTitleAndDate() throws IOException {
    Path f = write("a.txt", "Russia Attacks Kyiv\nRussian forces shelled Kyiv on Monday.");
    Article a = files.read(f, LocalDate.of(2024, 11, 18));
    assertEquals(f.toString(), a.id());
    assertEquals("Russia Attacks Kyiv", a.title());
    assertEquals(LocalDate.of(2024, 11, 18), a.date());
    assertEquals("Russia Attacks Kyiv\nRussian forces shelled Kyiv on Monday.", a.text());
  }

  @Test
  void read_missingFile_saysNoSuchFile() {
    Path f = dir.resolve("missing.txt");
    assertEquals(f + ": no such file", message(() -> files.read(f, null)));
    assertEquals(f + ": no such file or directory", message(() -> files.expand(f)));
  }

  @Test
  void read_emptyOrBlankFile_saysEmpty() throws IOException {
    Path empty = write("empty.txt", "");
    Path blank = write("blank.txt", "  \n\t\n");
    assertEquals(empty + ": file is empty", message(() -> files.read(empty, null)));
    assertEquals(blank + ": file is empty", message(() -> files.read(blank, null)));
  }

  @Test
  void read_binaryFile_namesNulOffset() throws IOException {
    Path f = dir.resolve("image.png");
    Files.write(f, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 1, 2});
    assertEquals(f + ": binary file (NUL byte at offset 4), not text", message(() -> files.read(f, null)));
  }

  @Test
  void read_latin1File_namesMalformedOffset() throws IOException {
    Path f = dir.resolve("latin1.txt");
    Files.write(f, "Caf\u00e9 talks".getBytes(StandardCharsets.ISO_8859_1));
    assertEquals(f + ": not valid UTF-8 (malformed byte at offset 3)", message(() -> files.read(f, null)));
  }

  @Test
  void read_fiftyMegabyteFile_isRefusedWithSize() throws IOException {
    Path f = dir.resolve("huge.txt");
    byte[] line = "Russia attacked Ukraine.\n".getBytes(StandardCharsets.UTF_8);
    try (var out = Files.newOutputStream(f)) {
      for (long written = 0; written < 50L * 1024 * 1024; written += line.length) {
        out.write(line);
      }
    }
    assertEquals(f + ": file is 50.0 MB, larger than the 10.0 MB limit for one article", message(() -> files.read(f, null)));
  }

  @Test
  void read_stream_overLimit_isRefused() {
    TextFiles tiny = new TextFiles(10);
    var in = new ByteArrayInputStream("Russia attacked Ukraine.".getBytes(StandardCharsets.UTF_8));
    assertEquals("stdin: input is larger than the limit of 10 bytes", message(() -> tiny.read("stdin", in, null)));
  }

  @Test
  void read_byteOrderMark_isDropped() throws IOException {
    Path f = dir.resolve("bom.txt");
    Files.write(f, "\uFEFFNATO met.".getBytes(StandardCharsets.UTF_8));
    assertEquals("NATO met.", files.read(f, null).text());
  }

  @Test
  void expand_directory_listsFilesInOrderWithoutHidden() throws IOException {
    write("b.txt", "b");
    write("a.txt", "a");
    write(".hidden", "h");
    Files.createDirectories(dir.resolve("sub"));
    write("sub/c.txt", "c");
    List<Path> expanded = files.expand(dir);
    assertEquals(List.of(dir.resolve("a.txt"), dir.resolve("b.txt"), dir.resolve("sub/c.txt")), expanded);
  }

  @Test
  void constructor_nonPositiveLimit_isProgrammerError() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new TextFiles(0));
    assertEquals("maxBytes must be > 0, was 0", e.getMessage());
  }

  private Path write(String name, String text) throws IOException {
    Path f = dir.resolve(name);
    Files.writeString(f, text, StandardCharsets.UTF_8);
    return f;
  }

  private interface Action {
    void run() throws DyadInputException;
  }

  private static String message(Action action) {
    return assertThrows(DyadInputException.class, action::run).getMessage();
  }
}
