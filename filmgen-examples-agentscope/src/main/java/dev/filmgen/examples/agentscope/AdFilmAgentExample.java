package dev.filmgen.examples.agentscope;

import dev.filmgen.agentscope.FilmTools;
import dev.filmgen.examples.FilmSetup;
import io.agentscope.core.ReActAgent;
import io.agentscope.core.message.Msg;
import io.agentscope.core.message.TextBlock;
import io.agentscope.core.message.ToolResultBlock;
import io.agentscope.core.message.ToolUseBlock;
import io.agentscope.core.message.UserMessage;
import io.agentscope.core.model.ExecutionConfig;
import io.agentscope.core.tool.ToolCallParam;
import io.agentscope.core.tool.Toolkit;
import io.agentscope.extensions.model.openai.OpenAIChatModel;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A ReAct agent that makes and edits ad films with filmgen's tools; run it with
 * {@code ./filmgen-examples-agentscope/run "给百炼椰汁做个竖屏广告"}.
 * With {@code DASHSCOPE_API_KEY} a qwen-max agent (DashScope's OpenAI-compatible endpoint) decides when to call {@code make_ad_film} and
 * {@code edit_ad_film} (films made with the Bailian models); without it the example says so and calls
 * {@code make_ad_film} itself, through the same toolkit, on the offline models.
 */
public final class AdFilmAgentExample {
    /**
     * DashScope's OpenAI-compatible endpoint (protocols.md, "compatible-mode"); the model extension AgentScope
     * publishes for 2.0.0 is the OpenAI one, and qwen-max answers there with tool calls.
     */
    private static final String COMPATIBLE_MODE = "https://dashscope.aliyuncs.com/compatible-mode/v1";
    private AdFilmAgentExample() {
    }

    /** Args: what to ask the agent (default: an ad for 百炼椰汁). */
    public static void main(String[] args) {
        String ask = args.length > 0 ? String.join(" ", args) : "给百炼椰汁做一个竖屏的广告短片，3个分镜";
        String key = System.getenv("DASHSCOPE_API_KEY");
        try (FilmSetup setup = FilmSetup.create(new FilmSetup.Options(Path.of(".filmgen"), null, false, null, null,
                null, System.getenv(), null, null, null), null);
             FilmTools tools = FilmTools.builder().agent(setup.agent()).build()) {
            Toolkit toolkit = new Toolkit();
            tools.registerWith(toolkit);
            toolkit.setChunkCallback((use, chunk) -> System.err.println("  [" + use.getName() + "] " + text(chunk)));
            System.err.println(setup.modelsLine());
            if (key == null || key.isBlank()) {
                System.out.println("DASHSCOPE_API_KEY is not set: the ReAct agent needs a DashScope chat model to "
                        + "decide when to call the tools, so this run skips the agent and calls make_ad_film "
                        + "directly on the offline models.");
                Map<String, Object> input = Map.of("topic", "百炼椰汁", "boards", 3);
                ToolUseBlock use = ToolUseBlock.builder().id("example").name("make_ad_film").input(input)
                        .content("{\"topic\":\"百炼椰汁\",\"boards\":3}").build();
                ToolResultBlock result = toolkit.callTool(ToolCallParam.builder().toolUseBlock(use).input(input)
                        .build()).block();
                System.out.println(text(result));
                return;
            }
            ReActAgent agent = ReActAgent.builder().name("ad-maker")
                    .sysPrompt("你是电商广告短片助手。用户想要广告片时调用 make_ad_film；想修改已做好的片子时调用 edit_ad_film，"
                            + "并带上之前返回的 session_id。完成后把成片链接和会话号告诉用户。")
                    .model(OpenAIChatModel.builder().apiKey(key).modelName("qwen-max").stream(true)
                            .baseUrl(COMPATIBLE_MODE).build())
                    .toolkit(toolkit)
                    .toolExecutionConfig(ExecutionConfig.builder().timeout(Duration.ofMinutes(40)).maxAttempts(1)
                            .build())
                    .build();
            Msg reply = agent.call(new UserMessage(ask)).block();
            System.out.println(reply == null ? "(no reply)" : reply.getTextContent());
        }
    }

    private static String text(ToolResultBlock b) {
        return b == null ? "" : b.getOutput().stream().filter(TextBlock.class::isInstance)
                .map(c -> ((TextBlock) c).getText()).collect(Collectors.joining("\n"));
    }
}
