package io.github.jimagekit.processor;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A list of processors applied in order; nested pipelines are flattened. */
final class ProcessorPipeline implements Processor {

    private final List<Processor> processors;

    ProcessorPipeline(List<? extends Processor> processors) {
        List<Processor> flat = new ArrayList<>();
        for (Processor p : Objects.requireNonNull(processors, "processors")) {
            Objects.requireNonNull(p, "processor");
            if (p instanceof ProcessorPipeline nested) {
                flat.addAll(nested.processors);
            } else {
                flat.add(p);
            }
        }
        this.processors = List.copyOf(flat);
    }

    @Override
    public BufferedImage process(BufferedImage image) {
        BufferedImage result = image;
        for (Processor p : processors) {
            result = p.process(result);
        }
        return result;
    }

    @Override
    public String cacheKey() {
        StringBuilder b = new StringBuilder("[");
        for (int i = 0; i < processors.size(); i++) {
            if (i > 0) {
                b.append(',');
            }
            b.append(processors.get(i).cacheKey());
        }
        return b.append(']').toString();
    }

    @Override
    public Optional<Size> outputSize(Size input) {
        Size size = input;
        for (Processor p : processors) {
            Optional<Size> next = p.outputSize(size);
            if (next.isEmpty()) {
                return Optional.empty();
            }
            size = next.get();
        }
        return Optional.of(size);
    }

    @Override
    public Size requiredInputSize(Size input, Size requiredOutput) {
        // forward: the size each processor sees at full resolution
        Size[] sizes = new Size[processors.size() + 1];
        sizes[0] = input;
        for (int i = 0; i < processors.size(); i++) {
            Optional<Size> next = processors.get(i).outputSize(sizes[i]);
            if (next.isEmpty()) {
                return input;
            }
            sizes[i + 1] = next.get();
        }
        // backward: what each processor needs of its input to give what the next one needs
        Size need = requiredOutput;
        for (int i = processors.size() - 1; i >= 0; i--) {
            need = processors.get(i).requiredInputSize(sizes[i], need);
        }
        return need;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ProcessorPipeline other && processors.equals(other.processors);
    }

    @Override
    public int hashCode() {
        return processors.hashCode();
    }

    @Override
    public String toString() {
        return cacheKey();
    }
}
