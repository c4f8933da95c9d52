package io.clsante.spring;

import io.clsante.rules.ClsValidator;
import io.clsante.rules.Report;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The validation endpoint: {@code POST} a JSON document to {@code cls.validation.endpoint.path},
 * get the shared validator's {@link Report}, as the library's JSON report or, for
 * {@code Accept: application/sarif+json}, as a SARIF 2.1.0 log. The answer is 200 whatever the
 * verdict: an invalid document is a report whose {@code valid} is {@code false}. Set up only when
 * {@code cls.validation.endpoint.enabled=true}.
 */
@RestController
class ValidationEndpoint {
  private final ClsValidator validator;

  ValidationEndpoint(ClsValidator validator) {
    this.validator = validator;
  }

  @PostMapping(path = "${" + ClsValidationProperties.PREFIX + ".endpoint.path:" + ClsValidationProperties.Endpoint.DEFAULT_PATH + "}",
      produces = {MediaType.APPLICATION_JSON_VALUE, "application/sarif+json"})
  Report validate(@RequestBody(required = false) byte[] document) {
    return validator.validate(document == null ? new byte[0] : document);
  }
}
