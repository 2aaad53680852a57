package io.github.jimagekit.jobrunr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jobrunr.utils.mapper.jackson.JacksonJsonMapper;
import org.junit.jupiter.api.Test;

final class GenerationRecipeTest {

    @Test
    void new_liveObjectArgument_refusedNamingTheArgument() {
        Map<String, Object> args = new LinkedHashMap<>();
        args.put("source", "photos/a.jpg");
        args.put("anchor", new Object());

        assertThatThrownBy(() -> new GenerationRecipe("imagekit:thumbnail", "CACHE/a.jpg", args,
                false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("cannot enqueue cache file \"CACHE/a.jpg\": argument \"anchor\" of"
                        + " generator \"imagekit:thumbnail\" is a java.lang.Object; a job carries"
                        + " only text, numbers and booleans (pass it as text)");
    }

    @Test
    void serialize_plainArguments_comeBackEqual() {
        GenerationRecipe recipe = new GenerationRecipe("imagekit:thumbnail", "CACHE/a.jpg",
                Map.of("source", "photos/a.jpg", "width", 40, "upscale", true,
                        "size", (short) 3), true);
        JacksonJsonMapper json = new JacksonJsonMapper();

        GenerationRecipe back = json.deserialize(json.serialize(recipe), GenerationRecipe.class);

        assertThat(back).isEqualTo(recipe);
        assertThat(back.arguments()).containsEntry("size", 3).containsEntry("width", 40);
    }
}
