package dev.skillgap.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The {@code skillgap} root command. */
@Command(
    name = "skillgap",
    mixinStandardHelpOptions = true,
    versionProvider = SkillgapCommand.Version.class,
    description = "Skills-gap analytics and micro-credential recommendations.",
    subcommands = {WeeklyCommand.class, RecommendCommand.class, TaxonomyCommand.class, ExtractCommand.class, EvalCommand.class,
        BenchCommand.class, TrainCommand.class, UploadCommand.class, GenerateCommand.class, CheckCommand.class})
public final class SkillgapCommand implements Runnable {

  @Option(names = "--verbose", scope = ScopeType.INHERIT, description = "Print stack traces on errors.")
  boolean verbose;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is required");
  }

  /** Runs the command line and returns the exit code: 0 ok, 1 failed, 2 bad usage. */
  public static int execute(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cl = new CommandLine(new SkillgapCommand());
    cl.setOut(out);
    cl.setErr(err);
    cl.setParameterExceptionHandler((ex, a) -> {
      CommandLine c = ex.getCommandLine();
      c.getErr().println("skillgap: " + ex.getMessage() + " (see '" + c.getCommandSpec().qualifiedName() + " --help')");
      c.getErr().flush();
      return 2;
    });
    cl.setExecutionExceptionHandler((ex, c, parsed) -> {
      c.getErr().println("skillgap: error: " + describe(ex));
      if (verbose(parsed)) {
        ex.printStackTrace(c.getErr());
      }
      c.getErr().flush();
      return ex instanceof CommandLine.ParameterException ? 2 : 1;
    });
    int code = cl.execute(args);
    out.flush();
    err.flush();
    return code;
  }

  private static boolean verbose(CommandLine.ParseResult parsed) {
    CommandLine.ParseResult p = parsed;
    while (p != null) {
      if (p.hasMatchedOption("--verbose")) {
        return true;
      }
      p = p.subcommand();
    }
    return false;
  }

  /** Error lines are cut here: Spark's messages carry whole plans and serialization stacks. */
  static final int MAX_MESSAGE = 600;

  /** One line that names the file and the reason, without a stack trace. */
  static String describe(Throwable ex) {
    Throwable t = ex;
    while ((t instanceof UncheckedIOException || t.getClass() == RuntimeException.class) && t.getCause() != null) {
      t = t.getCause();
    }
    if (t instanceof NoSuchFileException nsf) {
      return nsf.getFile() + ": no such file or directory" + (nsf.getReason() == null ? "" : " (" + nsf.getReason() + ")");
    }
    if (t instanceof AccessDeniedException ade) {
      return ade.getFile() + ": permission denied";
    }
    if (t instanceof java.nio.charset.CharacterCodingException) {
      return "invalid character encoding: " + t;
    }
    String msg = t.getMessage();
    if (msg == null || msg.isBlank()) {
      return t.getClass().getSimpleName();
    }
    msg = msg.replace('\n', ' ');
    return msg.length() > MAX_MESSAGE ? msg.substring(0, MAX_MESSAGE) + "... (--verbose shows all)" : msg;
  }

  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, true);
    PrintWriter err = new PrintWriter(System.err, true);
    System.exit(execute(args, out, err));
  }

  /** Reads the version, and those of the taxonomy and main libraries, from the build. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() throws IOException {
      Properties p = new Properties();
      try (InputStream in = SkillgapCommand.class.getResourceAsStream("/skillgap-version.properties")) {
        if (in != null) {
          p.load(in);
        }
      }
      return new String[] {
        "skillgap " + p.getProperty("version", "unknown"),
        "taxonomy " + p.getProperty("taxonomy", "?") + "; Spark " + p.getProperty("spark", "?")
            + ", Lucene " + p.getProperty("lucene", "?") + ", OpenNLP " + p.getProperty("opennlp", "?"),
        "Java " + System.getProperty("java.version")
      };
    }
  }
}
