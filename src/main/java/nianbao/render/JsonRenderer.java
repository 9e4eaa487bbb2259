package nianbao.render;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.OutputStream;
import nianbao.findings.BatchResult;

/** The JSON contract of cli-and-json-contract.md: UTF-8, pretty-printed, deterministic order. */
public final class JsonRenderer implements Renderer {
    private final ObjectMapper mapper = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    @Override
    public void write(BatchResult result, OutputStream out) throws IOException {
        mapper.writeValue(out, result);
        out.write('\n');
    }
}
