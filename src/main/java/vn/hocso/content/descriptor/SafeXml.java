package vn.hocso.content.descriptor;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Arrays;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;

import org.w3c.dom.Document;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

import vn.hocso.content.archive.PackageRejected;
import vn.hocso.content.archive.PackageRejected.Reason;

/**
 * The one place that builds XML parsers for package descriptors. Every parser refuses DTDs and external entities and
 * never opens a URL: StAX with {@code SUPPORT_DTD=false} and {@code IS_SUPPORTING_EXTERNAL_ENTITIES=false}; DOM with
 * {@code disallow-doctype-decl}, {@code FEATURE_SECURE_PROCESSING} and empty {@code ACCESS_EXTERNAL_DTD/SCHEMA};
 * schemas and validators with empty external-access properties and a resolver that refuses everything.
 */
public final class SafeXml {

    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private SafeXml() {
    }

    /** @return a StAX factory that does not support DTDs or external entities and resolves nothing */
    public static XMLInputFactory newInputFactory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
            throw new XMLStreamException("external resources are not allowed: " + systemId);
        });
        return factory;
    }

    /** @return a namespace-aware DOM factory that refuses DOCTYPEs and external access */
    public static DocumentBuilderFactory newDocumentBuilderFactory() {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        try {
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the XML parser cannot be hardened", e);
        }
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        factory.setNamespaceAware(true);
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        return factory;
    }

    /**
     * Parses a descriptor into a namespace-aware DOM. A leading UTF-8 byte-order mark is skipped.
     *
     * @param xml the descriptor's bytes
     * @param fileName the descriptor's name, used in rejection messages
     * @return the document
     * @throws PackageRejected {@code descriptor.doctype} when the document has a DOCTYPE (checked before the DOM is
     *         built, so no entity is ever expanded); {@code descriptor.invalid} when it is not well-formed
     */
    public static Document parse(byte[] xml, String fileName) {
        byte[] body = stripBom(xml);
        rejectDoctype(body, fileName);
        try {
            DocumentBuilder builder = newDocumentBuilderFactory().newDocumentBuilder();
            builder.setEntityResolver((publicId, systemId) -> {
                throw new SAXException("external entities are not allowed: " + systemId);
            });
            builder.setErrorHandler(STRICT);
            return builder.parse(new InputSource(new ByteArrayInputStream(body)));
        } catch (SAXParseException e) {
            if (String.valueOf(e.getMessage()).contains("DOCTYPE")) {
                throw new PackageRejected(Reason.DESCRIPTOR_DOCTYPE, e, fileName);
            }
            throw new PackageRejected(Reason.DESCRIPTOR_INVALID, e, fileName,
                    "line " + e.getLineNumber() + ": " + e.getMessage());
        } catch (SAXException | IOException e) {
            throw new PackageRejected(Reason.DESCRIPTOR_INVALID, e, fileName, String.valueOf(e.getMessage()));
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Loads a schema bundled with the application. Imports and includes are refused (the bundled schemas are
     * self-contained).
     *
     * @param resource the schema's classpath URL
     * @return the schema
     * @throws IllegalStateException when the schema cannot be loaded (a build error)
     */
    public static Schema loadSchema(URL resource) {
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        try {
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setResourceResolver((type, ns, publicId, systemId, baseUri) -> {
                throw new IllegalStateException("schema resources are not resolved: " + systemId);
            });
            try (InputStream in = resource.openStream()) {
                return factory.newSchema(new javax.xml.transform.stream.StreamSource(in, resource.toString()));
            }
        } catch (SAXException | IOException e) {
            throw new IllegalStateException("cannot load schema " + resource, e);
        }
    }

    /**
     * @param schema a schema from {@link #loadSchema}
     * @return a validator that never reads external DTDs or schemas (instance {@code schemaLocation} hints are
     *         refused) and stops at the first error
     */
    public static Validator newValidator(Schema schema) {
        Validator validator = schema.newValidator();
        try {
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        } catch (SAXException e) {
            throw new IllegalStateException("the validator cannot be hardened", e);
        }
        validator.setResourceResolver((type, ns, publicId, systemId, baseUri) -> {
            throw new IllegalStateException("schema resources are not resolved: " + systemId);
        });
        validator.setErrorHandler(STRICT);
        return validator;
    }

    private static byte[] stripBom(byte[] xml) {
        if (xml.length >= 3 && xml[0] == UTF8_BOM[0] && xml[1] == UTF8_BOM[1] && xml[2] == UTF8_BOM[2]) {
            return Arrays.copyOfRange(xml, 3, xml.length);
        }
        return xml;
    }

    /**
     * Reads the prolog with StAX (DTD support switched off, so never processed) and refuses any DOCTYPE before the
     * root.
     */
    private static void rejectDoctype(byte[] xml, String fileName) {
        try {
            XMLStreamReader reader = newInputFactory().createXMLStreamReader(new ByteArrayInputStream(xml));
            try {
                while (reader.hasNext()) {
                    int event = reader.next();
                    if (event == XMLStreamConstants.DTD) {
                        throw new PackageRejected(Reason.DESCRIPTOR_DOCTYPE, fileName);
                    }
                    if (event == XMLStreamConstants.START_ELEMENT) {
                        return;
                    }
                }
            } finally {
                reader.close();
            }
        } catch (XMLStreamException e) {
            // Not well-formed: the DOM parse reports it with a line number.
        }
    }

    private static final ErrorHandler STRICT = new ErrorHandler() {
        @Override
        public void warning(SAXParseException e) {
            // warnings do not stop the parse
        }

        @Override
        public void error(SAXParseException e) throws SAXException {
            throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            throw e;
        }
    };
}
