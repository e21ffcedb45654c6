package dev.tessera.browser;

import static com.codeborne.selenide.Condition.attribute;
import static com.codeborne.selenide.Condition.exist;
import static com.codeborne.selenide.Condition.text;
import static com.codeborne.selenide.Condition.visible;
import static com.codeborne.selenide.Selenide.$;
import static com.codeborne.selenide.Selenide.$$;
import static org.assertj.core.api.Assertions.assertThat;

import com.codeborne.selenide.CollectionCondition;
import com.codeborne.selenide.ElementsCollection;
import dev.tessera.support.ApiClient;
import dev.tessera.support.ApiClient.Response;
import java.net.http.HttpRequest;
import org.junit.jupiter.api.Test;

/** A translator creates an API token on My account, a script uses it, the translator revokes it. */
class TokensIT extends BrowserTest {

    @Test
    void translatorCreatesUsesAndRevokesAToken() {
        ApiClient api = new ApiClient(port);
        String name = "browser " + System.nanoTime();
        LoginPage.open().signInAs("translator", "translator");
        $$("vaadin-side-nav-item").findBy(text("My account")).click();
        $(".account-view").shouldBe(visible);

        $("#token-name input").setValue(name);
        $("#token-create").click();
        $("#token-created").shouldBe(visible);
        String token = $("#token-value").shouldHave(text("tsr_")).getText().strip();
        $("#token-created-close").click();
        $("#token-created").shouldNot(exist);
        $("#token-value").shouldNot(exist);
        revokeButtons(name).shouldHave(CollectionCondition.size(1));
        assertThat(withToken(api, token).status()).isEqualTo(200);

        revokeButtons(name).first().scrollIntoView("{block: 'center'}").click();
        $(".revoke-token-dialog vaadin-button[slot='confirm-button']").click();
        revokeButtons(name).shouldHave(CollectionCondition.size(0));
        Response refused = withToken(api, token);
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.json().path("message").asString()).contains("revoked");
    }

    private static ElementsCollection revokeButtons(String tokenName) {
        return $$("#token-grid .token-revoke")
                .filterBy(attribute("data-name", tokenName))
                .filterBy(visible);
    }

    private static Response withToken(ApiClient api, String token) {
        return api.send(
                null,
                HttpRequest.newBuilder(api.uri("/api/v1/projects"))
                        .header("Authorization", "Bearer " + token)
                        .GET());
    }
}
