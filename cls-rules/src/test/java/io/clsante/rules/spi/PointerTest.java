package io.clsante.rules.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PointerTest {
  static Stream<Arguments> pointers() {
    return Stream.of(
        Arguments.of(new Object[] {}, ""),
        Arguments.of(new Object[] {"axes"}, "/axes"),
        Arguments.of(new Object[] {"axes", 0, "fiches", 12, "porteurs"}, "/axes/0/fiches/12/porteurs"),
        Arguments.of(new Object[] {"extensions", "a/b"}, "/extensions/a~1b"),
        Arguments.of(new Object[] {"extensions", "a~b"}, "/extensions/a~0b"),
        Arguments.of(new Object[] {"extensions", "~/"}, "/extensions/~0~1"),
        Arguments.of(new Object[] {"extensions", "~1"}, "/extensions/~01"),
        Arguments.of(new Object[] {"extensions", ""}, "/extensions/"),
        Arguments.of(new Object[] {"l", -1, 3L}, "/l/-1/3"),
        Arguments.of(new Object[] {"é", null}, "/é/null"));
  }

  @ParameterizedTest
  @MethodSource("pointers")
  void of_joinsAndEscapes(Object[] segments, String expected) {
    assertEquals(expected, Pointer.of(segments));
  }
}
