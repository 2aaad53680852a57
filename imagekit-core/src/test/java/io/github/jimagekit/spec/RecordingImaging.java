package io.github.jimagekit.spec;

import io.github.jimagekit.codec.EncodeOptions;
import io.github.jimagekit.codec.EncodedImage;
import io.github.jimagekit.codec.ImageData;
import io.github.jimagekit.codec.ImageFormat;
import io.github.jimagekit.codec.ImageHeader;
import io.github.jimagekit.codec.Imaging;
import io.github.jimagekit.processor.Processor;
import io.github.jimagekit.processor.Size;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An imaging engine that records what it is asked to render and answers with a fixed result,
 * so spec tests see exactly what a spec hands the engine. Its cache key is the real engine's
 * default one.
 */
final class RecordingImaging implements Imaging {

    record Call(String name, int bytes, String processors, ImageFormat format,
            EncodeOptions options, boolean autoconvert) {
    }

    final List<Call> calls = new ArrayList<>();

    @Override
    public ImageHeader readHeader(ImageData data) {
        return new ImageHeader(ImageFormat.JPEG, 400, 300, 1, null);
    }

    @Override
    public EncodedImage render(ImageData data, Processor processors, ImageFormat format,
            EncodeOptions options, boolean autoconvert) {
        calls.add(new Call(data.name(), data.bytes().length, processors.cacheKey(), format,
                options, autoconvert));
        return new EncodedImage(new byte[] {1, 2, 3}, format, 10, 20);
    }

    @Override
    public Optional<Size> predictSize(ImageHeader header, Processor processors) {
        return processors.outputSize(header.orientedSize());
    }

    @Override
    public String cacheKey() {
        return "Imaging(autoOrient=true,colorManagement=true)";
    }
}
