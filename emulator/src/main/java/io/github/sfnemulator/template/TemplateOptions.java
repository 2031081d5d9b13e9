package io.github.sfnemulator.template;

import io.github.sfnemulator.EmulatorOptions;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * How a template's intrinsic functions resolve: the region and account of the pseudo parameters and
 * ARNs (those of an emulator by default), the stack name, and values the user gives in place of
 * anything the template would compute.
 *
 * <pre>{@code
 * TemplateOptions options = TemplateOptions.newBuilder()
 *     .from(emulator.options())                          // AWS::Region, AWS::AccountId
 *     .value("Stage", "test")                            // a parameter
 *     .value("ChargeFunction.Arn", "arn:aws:lambda:...") // a Fn::GetAtt
 *     .value("TableName", "orders-test")                 // a DefinitionSubstitutions placeholder
 *     .build();
 * }</pre>
 *
 * <p>A value's name is what the template refers to: a parameter, pseudo parameter or logical id
 * (for {@code Ref} and {@code ${X}}), {@code LogicalId.Attribute} (for {@code Fn::GetAtt} and
 * {@code ${X.Attribute}}), an export (for {@code Fn::ImportValue}), or a placeholder of {@code
 * DefinitionSubstitutions} or of a DefinitionUri file.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class TemplateOptions {
  private final String region;
  private final String accountId;
  private final String stackName;
  private final Map<String, String> values;

  private TemplateOptions(Builder b) {
    this.region = b.region;
    this.accountId = b.accountId;
    this.stackName = b.stackName;
    this.values = Map.copyOf(b.values);
  }

  public static Builder newBuilder() {
    return new Builder();
  }

  /** The default emulator's region and account (us-east-1, 123456789012), stack "sfn-emulator". */
  public static TemplateOptions getDefaultInstance() {
    return newBuilder().build();
  }

  public String region() {
    return region;
  }

  public String accountId() {
    return accountId;
  }

  public String stackName() {
    return stackName;
  }

  /** The values given in place of the template's, by name. */
  public Map<String, String> values() {
    return values;
  }

  /**
   * Builds {@link TemplateOptions}.
   *
   * <pre>{@code
   * TemplateOptions options = TemplateOptions.newBuilder().region("eu-west-1").stackName("orders").build();
   * StateMachineTemplate template = StateMachineTemplate.load(Path.of("template.yaml"), options);
   * }</pre>
   */
  public static final class Builder {
    private String region = EmulatorOptions.getDefaultInstance().region();
    private String accountId = EmulatorOptions.getDefaultInstance().accountId();
    private String stackName = "sfn-emulator";
    private final Map<String, String> values = new LinkedHashMap<>();

    private Builder() {}

    /** The region and account of {@code options}, so that ARNs match the emulator's. */
    public Builder from(EmulatorOptions options) {
      return region(options.region()).accountId(options.accountId());
    }

    public Builder region(String region) {
      this.region = Objects.requireNonNull(region, "region");
      return this;
    }

    public Builder accountId(String accountId) {
      this.accountId = Objects.requireNonNull(accountId, "accountId");
      return this;
    }

    /** The value of {@code AWS::StackName}. */
    public Builder stackName(String stackName) {
      this.stackName = Objects.requireNonNull(stackName, "stackName");
      return this;
    }

    /** Gives {@code value} in place of what the template would compute for {@code name}. */
    public Builder value(String name, String value) {
      values.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
      return this;
    }

    /** {@link #value} for each entry. */
    public Builder values(Map<String, String> values) {
      values.forEach(this::value);
      return this;
    }

    public TemplateOptions build() {
      return new TemplateOptions(this);
    }
  }
}
