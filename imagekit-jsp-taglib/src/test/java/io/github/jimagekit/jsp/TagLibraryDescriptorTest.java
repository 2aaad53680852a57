package io.github.jimagekit.jsp;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.jsp.tagext.SimpleTagSupport;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.w3c.dom.ls.LSInput;
import org.w3c.dom.ls.LSResourceResolver;

/** {@code META-INF/imagekit.tld}: valid, documented, and matching the handlers' setters. */
final class TagLibraryDescriptorTest {

    private static final String TLD = "META-INF/imagekit.tld";

    private static Document tld() throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        try (InputStream in = resource(TLD).openStream()) {
            return f.newDocumentBuilder().parse(in);
        }
    }

    private static URL resource(String name) {
        URL url = TagLibraryDescriptorTest.class.getClassLoader().getResource(name);
        assertThat(url).as(name).isNotNull();
        return url;
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> out = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element e && e.getLocalName().equals(name)) {
                out.add(e);
            }
        }
        return out;
    }

    private static String text(Element parent, String name) {
        List<Element> found = children(parent, name);
        return found.isEmpty() ? null : found.get(0).getTextContent().strip();
    }

    @Test
    void tld_isValidAgainstTheJakartaSchema() throws Exception {
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        factory.setResourceResolver(new ClasspathSchemas(factory.getResourceResolver()));
        Schema schema = factory.newSchema(resource(
                "jakarta/servlet/resources/web-jsptaglibrary_3_0.xsd"));

        schema.newValidator().validate(new StreamSource(resource(TLD).toString()));
    }

    @Test
    void tld_uriAndEveryTagAndAttributeAreDescribed() throws Exception {
        Element root = tld().getDocumentElement();

        assertThat(text(root, "uri")).isEqualTo("https://jimagekit.github.io/tags");
        assertThat(text(root, "short-name")).isEqualTo("ik");
        List<Element> tags = children(root, "tag");
        assertThat(tags).extracting(t -> text(t, "name"))
                .containsExactly("thumbnail", "generateimage", "param");
        for (Element tag : tags) {
            assertThat(text(tag, "description")).as(text(tag, "name")).isNotBlank();
            for (Element attribute : children(tag, "attribute")) {
                assertThat(text(attribute, "description"))
                        .as(text(tag, "name") + "/" + text(attribute, "name")).isNotBlank();
            }
        }
    }

    @Test
    void tld_attributesMatchTheHandlersSettersOneToOne() throws Exception {
        for (Element tag : children(tld().getDocumentElement(), "tag")) {
            Class<?> handler = Class.forName(text(tag, "tag-class"));
            Set<String> declared = new TreeSet<>();
            for (Element attribute : children(tag, "attribute")) {
                declared.add(text(attribute, "name"));
            }

            assertThat(setters(handler)).as(handler.getSimpleName()).isEqualTo(declared);
            assertThat(Modifier.isPublic(handler.getConstructor().getModifiers())).isTrue();
        }
    }

    /** The attribute names of the public setters below {@link SimpleTagSupport}. */
    private static Set<String> setters(Class<?> handler) {
        Set<String> names = new TreeSet<>();
        for (Class<?> c = handler; c != SimpleTagSupport.class; c = c.getSuperclass()) {
            for (Method m : c.getDeclaredMethods()) {
                if (Modifier.isPublic(m.getModifiers()) && m.getName().startsWith("set")
                        && m.getParameterCount() == 1) {
                    String n = m.getName().substring(3);
                    names.add(n.substring(0, 1).toLowerCase(Locale.ROOT) + n.substring(1));
                }
            }
        }
        return names;
    }

    /** Finds the Jakarta schemas in the servlet API jar and xml.xsd in the test resources. */
    private record ClasspathSchemas(LSResourceResolver fallback) implements LSResourceResolver {
        @Override
        public LSInput resolveResource(String type, String namespace, String publicId,
                String systemId, String baseUri) {
            String file = systemId.substring(systemId.lastIndexOf('/') + 1);
            String name = file.equals("xml.xsd") ? "xsd/xml.xsd"
                    : "jakarta/servlet/resources/" + file;
            URL url = TagLibraryDescriptorTest.class.getClassLoader().getResource(name);
            if (url == null) {
                return fallback == null ? null
                        : fallback.resolveResource(type, namespace, publicId, systemId, baseUri);
            }
            return new Input(url.toString(), publicId);
        }
    }

    /** A schema found on the class path. */
    private record Input(String systemId, String publicId) implements LSInput {
        @Override
        public String getSystemId() {
            return systemId;
        }

        @Override
        public String getPublicId() {
            return publicId;
        }

        @Override
        public java.io.Reader getCharacterStream() {
            return null;
        }

        @Override
        public void setCharacterStream(java.io.Reader characterStream) {
        }

        @Override
        public InputStream getByteStream() {
            return null;
        }

        @Override
        public void setByteStream(InputStream byteStream) {
        }

        @Override
        public String getStringData() {
            return null;
        }

        @Override
        public void setStringData(String stringData) {
        }

        @Override
        public void setSystemId(String systemId) {
        }

        @Override
        public void setPublicId(String publicId) {
        }

        @Override
        public String getBaseURI() {
            return null;
        }

        @Override
        public void setBaseURI(String baseUri) {
        }

        @Override
        public String getEncoding() {
            return null;
        }

        @Override
        public void setEncoding(String encoding) {
        }

        @Override
        public boolean getCertifiedText() {
            return false;
        }

        @Override
        public void setCertifiedText(boolean certifiedText) {
        }
    }
}
