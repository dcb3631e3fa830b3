package dev.filmgen.dashscope;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static dev.filmgen.dashscope.FakeBailian.I2V;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.filmgen.domain.MediaAsset;
import dev.filmgen.error.ContentRejectedException;
import dev.filmgen.error.ErrorCodes;
import dev.filmgen.error.ProviderQuotaException;
import dev.filmgen.error.ProviderRejectedException;
import dev.filmgen.error.TaskFailedException;
import dev.filmgen.model.VideoRequest;
import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * How a clip task's documented failures reach the runner: a failure on Bailian's side may be resubmitted, a
 * moderation refusal may be rewritten, an account without quota says so, anything else is final.
 */
class DashScopeFailureKindsTest {
    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private static final MediaAsset FRAME = MediaAsset.of(URI.create("https://store.example/frame-1.png"), "image/png");

    private static VideoRequest request() {
        return new VideoRequest("wan2.2-i2v-plus", FRAME, "slow push-in on the kettle", "1080P", 5, 7L, Map.of(),
                "clip:1");
    }

    private static void failsWith(String taskId, String code, String message) {
        wm.stubFor(post(urlPathEqualTo(I2V)).willReturn(FakeBailian.submitted(taskId)));
        FakeBailian.pollSequence(wm, taskId, FakeBailian.status(taskId, "RUNNING"), okJson("{\"request_id\":\"r-"
                + taskId + "\",\"output\":{\"task_id\":\"" + taskId + "\",\"task_status\":\"FAILED\",\"code\":\""
                + code + "\",\"message\":\"" + message + "\"}}"));
    }

    private static RuntimeException clip() {
        return assertThrows(RuntimeException.class, () -> FakeBailian.models(wm).video().generate(request()));
    }

    @Test
    void aTaskFailedByAnInternalErrorIsATransientFailureNamingTheTask() {
        failsWith("v-ie", "InternalError.Algo", "An internal error has occured, please try again later.");

        TaskFailedException e = assertInstanceOf(TaskFailedException.class, clip());

        assertEquals("v-ie", e.taskId());
        assertEquals("InternalError.Algo", e.code());
        assertTrue(e.getMessage().contains("v-ie") && e.getMessage().contains("InternalError.Algo"), e.getMessage());
    }

    @Test
    void aTaskTimedOutOnTheProvidersSideIsATransientFailure() {
        failsWith("v-to", "RequestTimeOut", "Request timed out, please try again later.");

        assertInstanceOf(TaskFailedException.class, clip());
    }

    @Test
    void aModerationRefusalIsAContentRejectionNotATransientFailure() {
        failsWith("v-dm", "DataInspectionFailed", "Output data may contain inappropriate content.");

        RuntimeException e = clip();

        assertEquals(ContentRejectedException.class, e.getClass(), "not resubmitted as it is");
        assertEquals("DataInspectionFailed", ((ContentRejectedException) e).code());
    }

    @Test
    void aSuspectedInfringementIsAContentRejectionToo() {
        failsWith("v-ip", "IPInfringementSuspect", "Input data is suspected of being involved in IP infringement.");

        assertInstanceOf(ContentRejectedException.class, clip());
    }

    @Test
    void aBadParameterStaysAPlainRejection() {
        failsWith("v-bp", "InvalidParameter", "image too small");

        RuntimeException e = clip();

        assertEquals(ProviderRejectedException.class, e.getClass());
    }

    @Test
    void aFreeTierOnlyAccountSaysItsQuotaIsUsedUpNotThatTheKeyIsBad() {
        wm.stubFor(post(urlPathEqualTo(I2V)).willReturn(FakeBailian.error(403, "AllocationQuota.FreeTierOnly",
                "The free tier of the model has been exhausted.")));

        ProviderQuotaException e = assertInstanceOf(ProviderQuotaException.class, clip());

        assertEquals(ErrorCodes.PROVIDER_QUOTA, ErrorCodes.of(e));
        assertTrue(e.getMessage().contains("free quota") && e.getMessage().contains("Model Studio console"),
                e.getMessage());
        assertEquals(1, FakeBailian.submissions(wm, I2V), "not retried: waiting does not bring quota back");
    }

    @Test
    void aModelTheAccountMayNotUseAndAnAccountInArrearsSaySo() {
        wm.stubFor(post(urlPathEqualTo(I2V)).willReturn(FakeBailian.error(403, "Model.AccessDenied",
                "Model access denied.")));
        ProviderQuotaException denied = assertInstanceOf(ProviderQuotaException.class, clip());
        assertTrue(denied.getMessage().contains("may not use this model"), denied.getMessage());

        wm.resetAll();
        wm.stubFor(post(urlPathEqualTo(I2V)).willReturn(FakeBailian.error(400, "Arrearage",
                "Access denied, please make sure your account is in good standing.")));
        ProviderQuotaException arrears = assertInstanceOf(ProviderQuotaException.class, clip());
        assertTrue(arrears.getMessage().contains("arrears"), arrears.getMessage());
    }
}
