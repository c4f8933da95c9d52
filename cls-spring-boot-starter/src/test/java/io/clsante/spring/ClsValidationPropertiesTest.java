package io.clsante.spring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.clsante.rules.Profile;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ClsValidationPropertiesTest {
  private static final ClsValidationProperties.Endpoint OFF =
      new ClsValidationProperties.Endpoint(false, ClsValidationProperties.Endpoint.DEFAULT_PATH);

  @Test
  void theDefaults_areTheStandardValidatorsOnes() {
    ClsValidationProperties p = new ClsValidationProperties("national", "fr", null, OFF);
    assertEquals(Profile.national(), p.profile());
    assertEquals(Locale.FRENCH, p.locale());
    assertEquals(Optional.empty(), p.referenceDate());
    assertEquals(false, p.endpoint().enabled());
    assertEquals("/cls/validation", p.endpoint().path());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"en|en", "EN|en", "en_GB|en", "en-US|en", "fr|fr", "fr-FR|fr", " fr |fr"})
  void aLanguage_isFrenchOrEnglish_whateverItsRegionOrCase(String tag, String language) {
    assertEquals(language, new ClsValidationProperties("national", tag, null, OFF).locale().getLanguage());
  }

  @Test
  void aBuiltInProfile_andAnIsoDate_areAccepted() {
    ClsValidationProperties p = new ClsValidationProperties(" occitanie ", "fr", "2026-11-22", OFF);
    assertEquals(Profile.occitanie(), p.profile());
    assertEquals(Optional.of(LocalDate.of(2026, 11, 22)), p.referenceDate());
    assertEquals(Optional.empty(), new ClsValidationProperties("national", "fr", " ", OFF).referenceDate());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "bretagne|fr||cls.validation.profile: unknown profile \"bretagne\"; expected one of national, occitanie",
      "national|de||cls.validation.locale: unsupported language \"de\"; expected fr or en",
      "national|||cls.validation.locale: unsupported language \"\"; expected fr or en",
      "national|fr|2026-11|cls.validation.reference-date: \"2026-11\" is not an ISO date; expected YYYY-MM-DD, for example 2026-11-22",
      "national|fr|2026-02-30|cls.validation.reference-date: \"2026-02-30\" is not an ISO date; expected YYYY-MM-DD, for example 2026-11-22"})
  void aBadValue_isRefused_namingThePropertyTheValueAndWhatIsExpected(String profile, String locale, String date, String message) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new ClsValidationProperties(profile, locale == null ? "" : locale, date, OFF));
    assertEquals(message, e.getMessage());
  }

  @Test
  void anEndpointPath_startsWithASlash() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new ClsValidationProperties.Endpoint(true, "cls/validation"));
    assertEquals("cls.validation.endpoint.path: \"cls/validation\" does not start with /; expected a path such as /cls/validation",
        e.getMessage());
  }
}
