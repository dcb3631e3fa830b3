package dev.filmgen.dashscope.internal;

import com.alibaba.dashscope.api.AsynchronousApi;
import com.alibaba.dashscope.base.HalfDuplexServiceParam;
import com.alibaba.dashscope.common.DashScopeResult;
import com.alibaba.dashscope.exception.NoApiKeyException;
import com.alibaba.dashscope.protocol.ApiServiceOption;
import com.alibaba.dashscope.protocol.HttpMethod;
import com.alibaba.dashscope.protocol.Protocol;
import com.alibaba.dashscope.protocol.StreamingMode;
import com.google.gson.JsonObject;
import dev.filmgen.error.CancelledException;
import dev.filmgen.error.ContentRejectedException;
import dev.filmgen.error.DeadlineExceededException;
import dev.filmgen.error.FilmgenException;
import dev.filmgen.error.ProviderRejectedException;
import dev.filmgen.error.TaskFailedException;
import dev.filmgen.model.TaskJournal;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Submits DashScope async tasks and polls them to the end. Uses the SDK's {@link AsynchronousApi}
 * one request at a time (not its {@code wait}, which gives up on an HTTP 500 from a poll and has no
 * deadline), builds a fresh service option per call (the SDK's clients mutate theirs), and records
 * the task id in the journal before the first poll.
 */
public final class AsyncTasks {
    private static final Logger LOG = LoggerFactory.getLogger(AsyncTasks.class);
    private final ClientSettings settings;
    private final DashScopeErrors errors;
    private final AsynchronousApi<HalfDuplexServiceParam> api;

    public AsyncTasks(ClientSettings settings, DashScopeErrors errors) {
        this.settings = settings;
        this.errors = errors;
        this.api = new AsynchronousApi<>(settings.connectionOptions());
    }

    /**
     * Runs one task: resumes the journal's pending task or submits {@code param} to
     * {@code /services/aigc/{task}/{function}}, then polls until it ends; returns the final {@code output}.
     */
    public JsonObject run(HalfDuplexServiceParam param, String task, String function, TaskJournal journal,
                          Duration deadline, String what) {
        Optional<String> pending = journal.pendingTaskId();
        String taskId;
        if (pending.isPresent()) {
            taskId = pending.get();
            LOG.debug("Resuming DashScope task {} for {}", taskId, what);
        } else {
            taskId = submit(param, task, function, what);
            journal.submitted(taskId);
            LOG.debug("Submitted DashScope task {} for {}", taskId, what);
        }
        return await(taskId, deadline, what);
    }

    private String submit(HalfDuplexServiceParam param, String task, String function, String what) {
        ApiServiceOption option = ApiServiceOption.builder()
                .protocol(Protocol.HTTP)
                .httpMethod(HttpMethod.POST)
                .streamingMode(StreamingMode.NONE)
                .baseHttpUrl(settings.baseUrl())
                .taskGroup("aigc")
                .task(task)
                .function(function)
                .isAsyncTask(true)
                .build();
        DashScopeResult result;
        try {
            result = api.asyncCall(param, option);
        } catch (RuntimeException | NoApiKeyException e) {
            throw errors.map("submission of " + what, e);
        }
        JsonObject output = Json.output(result, errors, "submission of " + what);
        String taskId = Json.string(output, "task_id");
        if (taskId == null || taskId.isBlank()) {
            throw errors.malformed("submission of " + what, "no output.task_id (request id "
                    + result.getRequestId() + ")", null);
        }
        return taskId;
    }

    /** Polls {@code taskId} until it succeeds (returned), fails (thrown) or passes its deadline. */
    public JsonObject await(String taskId, Duration deadline, String what) {
        long end = System.nanoTime() + deadline.toNanos();
        Duration interval = settings.pollInterval();
        FilmgenException lastTransient = null;
        String operation = "poll of task " + taskId + " (" + what + ")";
        while (true) {
            DashScopeResult result = null;
            try {
                result = api.fetch(taskId, settings.apiKey(), settings.baseUrl());
            } catch (RuntimeException | NoApiKeyException e) {
                FilmgenException mapped = errors.map(operation, e);
                if (!mapped.isRetriable()) {
                    throw mapped;
                }
                lastTransient = mapped;
                LOG.debug("Transient error polling DashScope task {}: {}", taskId, mapped.getMessage());
            }
            if (result != null) {
                JsonObject output = Json.output(result, errors, operation);
                String status = Json.string(output, "task_status");
                if ("SUCCEEDED".equals(status)) {
                    return output;
                }
                checkNotEnded(taskId, what, status, output, result.getRequestId(), operation);
            }
            long remaining = end - System.nanoTime();
            if (remaining <= 0) {
                throw new DeadlineExceededException("DashScope task " + taskId + " (" + what + ") did not finish within "
                        + deadline.toMillis() + " ms" + (lastTransient == null ? ""
                        : "; last poll error: " + lastTransient.getMessage()), lastTransient);
            }
            sleep(Duration.ofNanos(Math.min(remaining, interval.toNanos())), taskId);
            interval = interval.multipliedBy(2).compareTo(settings.maxPollInterval()) > 0
                    ? settings.maxPollInterval() : interval.multipliedBy(2);
        }
    }

    private void checkNotEnded(String taskId, String what, String status, JsonObject output, String requestId,
                               String operation) {
        if (status == null) {
            throw errors.malformed(operation, "no output.task_status", null);
        }
        switch (status) {
            case "PENDING":
            case "RUNNING":
            case "SUSPENDED":
                return;
            case "FAILED":
                String code = Json.string(output, "code");
                String text = settings.redact("DashScope task " + taskId + " (" + what + ") FAILED: " + code + ": "
                        + Json.string(output, "message"));
                if (DashScopeErrors.isModeration(code)) {
                    throw new ContentRejectedException(text, code, requestId, null);
                }
                if (DashScopeErrors.isTransientTaskFailure(code)) {
                    throw new TaskFailedException(text, code, taskId, requestId);
                }
                throw new ProviderRejectedException(text, code, requestId, null);
            case "CANCELED":
                throw new ProviderRejectedException("DashScope task " + taskId + " (" + what + ") was cancelled",
                        "TaskCanceled", requestId, null);
            case "UNKNOWN":
                throw new ProviderRejectedException("DashScope task " + taskId + " (" + what
                        + ") is unknown or expired (task ids live 24 h)", "TaskExpired", requestId, null);
            default:
                throw errors.malformed(operation, "unexpected task_status " + status, null);
        }
    }

    private void sleep(Duration d, String taskId) {
        try {
            settings.sleeper().sleep(d);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancelledException("interrupted while waiting for DashScope task " + taskId);
        }
    }
}
