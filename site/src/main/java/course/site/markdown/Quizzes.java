package course.site.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.parser.Parser;
import org.commonmark.parser.PostProcessor;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlRenderer;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * Self-check questions: a {@code quiz} fenced block holds a YAML list of {@code question}, {@code
 * choices}, {@code answer} (1-based) and {@code explanation}. It is parsed at build time into
 * {@link Quiz} nodes and rendered as the contract's {@code <section class="quiz">}; the page's
 * script only reveals, so the quiz works offline and in the single-page edition.
 */
public final class Quizzes implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {
  private final Parser inline;

  Quizzes(Parser inline) {
    this.inline = inline;
  }

  @Override
  public void extend(Parser.Builder builder) {
    builder.postProcessor(new Finder(inline));
  }

  @Override
  public void extend(HtmlRenderer.Builder builder) {
    builder.nodeRendererFactory(Renderer::new);
  }

  private static final class Finder implements PostProcessor {
    private final Parser inline;

    Finder(Parser inline) {
      this.inline = inline;
    }

    @Override
    public Node process(Node document) {
      FencedBlocks.replace(document, "quiz", this::parse, Quiz::new);
      return document;
    }

    private Quiz parse(String yaml, int firstLine) {
      org.snakeyaml.engine.v2.nodes.Node root;
      try {
        root =
            new Compose(LoadSettings.builder().setLabel("quiz").build())
                .composeString(yaml)
                .orElseThrow(
                    () -> new FenceProblem("empty quiz; add a list of questions", firstLine));
      } catch (MarkedYamlEngineException e) {
        int line = e.getContextMark().or(e::getProblemMark).map(m -> m.getLine()).orElse(0);
        throw new FenceProblem(
            "malformed quiz YAML: " + e.getProblem().replaceAll("\\s+", " ").strip(),
            firstLine + line);
      } catch (YamlEngineException e) {
        throw new FenceProblem("malformed quiz YAML: " + e.getMessage(), firstLine);
      }
      if (!(root instanceof SequenceNode questions) || questions.getValue().isEmpty()) {
        throw new FenceProblem(
            "a quiz is a YAML list of questions ('- question: ...'); see site/README.md",
            firstLine + line(root));
      }
      Quiz quiz = new Quiz(null, 0);
      for (var item : questions.getValue()) {
        quiz.appendChild(question(item, firstLine));
      }
      return quiz;
    }

    private Quiz.Question question(org.snakeyaml.engine.v2.nodes.Node item, int firstLine) {
      int at = firstLine + line(item);
      if (!(item instanceof MappingNode map)) {
        throw new FenceProblem("each question is a map with question, choices and answer", at);
      }
      String question = null;
      String explanation = null;
      List<String> choices = null;
      Integer answer = null;
      for (NodeTuple tuple : map.getValue()) {
        int keyLine = firstLine + line(tuple.getKeyNode());
        String key =
            tuple.getKeyNode() instanceof ScalarNode s ? s.getValue() : "(not a plain word)";
        var value = tuple.getValueNode();
        switch (key) {
          case "question" -> question = scalar(value, key, keyLine);
          case "explanation" -> explanation = scalar(value, key, keyLine);
          case "answer" -> {
            try {
              answer = Integer.parseInt(scalar(value, key, keyLine).strip());
            } catch (NumberFormatException e) {
              throw new FenceProblem("'answer' must be the number of the right choice", keyLine);
            }
          }
          case "choices" -> {
            if (!(value instanceof SequenceNode seq)) {
              throw new FenceProblem("'choices' must be a list", keyLine);
            }
            choices = new ArrayList<>();
            for (var choice : seq.getValue()) {
              choices.add(scalar(choice, "choices", firstLine + line(choice)));
            }
          }
          default ->
              throw new FenceProblem(
                  "unknown quiz key '" + key + "'; known: question, choices, answer, explanation",
                  keyLine);
        }
      }
      if (question == null) {
        throw new FenceProblem("'question' is missing", at);
      }
      if (choices == null || choices.size() < 2) {
        throw new FenceProblem("'choices' needs at least two entries", at);
      }
      if (answer == null || answer < 1 || answer > choices.size()) {
        throw new FenceProblem(
            "'answer' must be a number from 1 to " + choices.size() + " (the right choice)", at);
      }
      Quiz.Question q = new Quiz.Question(answer - 1);
      Quiz.Prompt prompt = new Quiz.Prompt();
      appendInline(prompt, question);
      q.appendChild(prompt);
      for (int i = 0; i < choices.size(); i++) {
        Quiz.Choice choice = new Quiz.Choice(i);
        appendInline(choice, choices.get(i));
        q.appendChild(choice);
      }
      if (explanation != null) {
        Quiz.Explanation e = new Quiz.Explanation();
        moveChildren(inline.parse(explanation), e);
        q.appendChild(e);
      }
      return q;
    }

    private void appendInline(Node target, String text) {
      Node doc = inline.parse(text);
      for (Node block = doc.getFirstChild(); block != null; block = block.getNext()) {
        if (block instanceof Paragraph) {
          moveChildren(block, target);
        }
      }
    }

    private static void moveChildren(Node from, Node to) {
      for (Node child = from.getFirstChild(); child != null; ) {
        Node next = child.getNext();
        to.appendChild(child);
        child = next;
      }
    }

    private static String scalar(org.snakeyaml.engine.v2.nodes.Node node, String key, int line) {
      if (node instanceof ScalarNode s && !s.getValue().isBlank()) {
        return s.getValue();
      }
      throw new FenceProblem("'" + key + "' must be text", line);
    }

    private static int line(org.snakeyaml.engine.v2.nodes.Node node) {
      return node.getStartMark().map(m -> m.getLine()).orElse(0);
    }
  }

  private static final class Renderer implements NodeRenderer {
    private final HtmlNodeRendererContext context;

    Renderer(HtmlNodeRendererContext context) {
      this.context = context;
    }

    @Override
    public Set<Class<? extends Node>> getNodeTypes() {
      return Set.of(
          Quiz.class,
          Quiz.Question.class,
          Quiz.Prompt.class,
          Quiz.Choice.class,
          Quiz.Explanation.class);
    }

    @Override
    public void render(Node node) {
      var html = context.getWriter();
      if (node instanceof Quiz) {
        html.line();
        html.tag("section", Attrs.of("class", "quiz", "aria-label", "Self-check"));
        children(node);
        html.line();
        html.tag("/section");
        html.line();
      } else if (node instanceof Quiz.Question q) {
        html.line();
        html.tag(
            "div", Attrs.of("class", "quiz-question", "data-answer", String.valueOf(q.answer())));
        context.render(q.getFirstChild());
        html.line();
        html.tag("ol", Attrs.of("class", "quiz-choices"));
        Node explanation = null;
        for (Node n = q.getFirstChild().getNext(); n != null; n = n.getNext()) {
          if (n instanceof Quiz.Choice) {
            context.render(n);
          } else {
            explanation = n;
          }
        }
        html.tag("/ol");
        html.line();
        html.tag("p", Attrs.of("class", "quiz-feedback", "aria-live", "polite"));
        html.tag("/p");
        html.line();
        html.tag("div", Attrs.of("class", "quiz-explanation", "hidden", ""));
        if (explanation != null) {
          children(explanation);
        }
        html.tag("/div");
        html.line();
        html.tag("/div");
      } else if (node instanceof Quiz.Prompt) {
        html.tag("p", Attrs.of("class", "quiz-prompt"));
        children(node);
        html.tag("/p");
      } else if (node instanceof Quiz.Choice c) {
        html.tag("li");
        html.tag(
            "button",
            Attrs.of(
                "type", "button", "class", "quiz-choice", "data-index", String.valueOf(c.index())));
        children(node);
        html.tag("/button");
        html.tag("/li");
      }
    }

    private void children(Node parent) {
      for (Node child = parent.getFirstChild(); child != null; ) {
        Node next = child.getNext();
        context.render(child);
        child = next;
      }
    }
  }
}
