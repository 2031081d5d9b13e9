package io.github.sfnemulator.internal.versions;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QualifiedArnTest {
  private static final String MACHINE = "arn:aws:states:us-east-1:123456789012:stateMachine:Orders";

  @Test
  void an_unqualified_arn_is_the_machine_itself() {
    QualifiedArn arn = QualifiedArn.parse(MACHINE);

    assertThat(arn.machineArn()).isEqualTo(MACHINE);
    assertThat(arn.isQualified()).isFalse();
  }

  @Test
  void a_version_number_and_an_alias_name_qualify_it() {
    assertThat(QualifiedArn.parse(MACHINE + ":3")).isEqualTo(new QualifiedArn(MACHINE, "3"));
    assertThat(QualifiedArn.parse(MACHINE + ":3").isVersion()).isTrue();
    assertThat(QualifiedArn.parse(MACHINE + ":prod").isAlias()).isTrue();
    assertThat(QualifiedArn.parse(MACHINE + ":")).isEqualTo(new QualifiedArn(MACHINE, ""));
  }

  @Test
  void text_with_fewer_parts_is_left_whole() {
    assertThat(QualifiedArn.parse("not-an-arn")).isEqualTo(new QualifiedArn("not-an-arn", null));
    assertThat(QualifiedArn.parse("arn:aws:states:::"))
        .isEqualTo(new QualifiedArn("arn:aws:states:::", null));
  }
}
