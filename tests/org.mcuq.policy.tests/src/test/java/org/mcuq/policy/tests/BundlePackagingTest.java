package org.mcuq.policy.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.util.Arrays;
import java.util.List;
import java.util.jar.Manifest;

import javax.xml.parsers.DocumentBuilderFactory;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.junit.jupiter.api.Test;
import org.mcuq.policy.PolicyPackage;
import org.mcuq.policy.resource.PolicyResources;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** The bundle's plugin.xml and manifest point at classes that exist and do what the extension points expect. */
class BundlePackagingTest {

  @Test
  void generatedPackageExtensionRegistersThePolicyPackage() throws Exception {
    Element pkg = onlyElement("package");

    assertEquals(PolicyPackage.eNS_URI, pkg.getAttribute("uri"));
    assertSame(PolicyPackage.eINSTANCE, Class.forName(pkg.getAttribute("class")).getField("eINSTANCE").get(null));
    assertNotNull(bundleEntry(pkg.getAttribute("genModel")), "genModel file missing from the bundle");
  }

  @Test
  void extensionParserOpensMcuqFiles() throws Exception {
    Element parser = onlyElement("parser");

    assertEquals(PolicyResources.FILE_EXTENSION, parser.getAttribute("type"));
    Object factory = Class.forName(parser.getAttribute("class")).getConstructor().newInstance();
    assertTrue(factory instanceof Resource.Factory, factory.getClass().getName());
  }

  @Test
  void itemProviderFactorySupportsTheDeclaredTypes() throws Exception {
    Element factory = onlyElement("factory");
    AdapterFactory adapters = (AdapterFactory) Class.forName(factory.getAttribute("class")).getConstructor().newInstance();

    assertEquals(PolicyPackage.eNS_URI, factory.getAttribute("uri"));
    List<String> types = Arrays.asList(factory.getAttribute("supportedTypes").trim().split("\\s+"));
    assertEquals(5, types.size(), types.toString());
    for (String type : types) {
      assertTrue(adapters.isFactoryForType(Class.forName(type)), type);
    }
  }

  @Test
  void manifestDeclaresASingletonWithTheEditActivator() throws Exception {
    Manifest manifest;
    try (InputStream in = bundleEntry("META-INF/MANIFEST.MF").openStream()) {
      manifest = new Manifest(in);
    }
    var main = manifest.getMainAttributes();

    assertEquals("org.mcuq.policy;singleton:=true", main.getValue("Bundle-SymbolicName"));
    assertEquals("plugin", main.getValue("Bundle-Localization"));
    Class<?> activator = Class.forName(main.getValue("Bundle-Activator"));
    assertTrue(org.osgi.framework.BundleActivator.class.isAssignableFrom(activator), activator.getName());
    assertNotNull(bundleEntry("plugin.properties"));
  }

  private static Element onlyElement(String tag) throws Exception {
    Document pluginXml;
    try (InputStream in = bundleEntry("plugin.xml").openStream()) {
      pluginXml = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
    }
    assertEquals(1, pluginXml.getElementsByTagName(tag).getLength(), tag);
    return (Element) pluginXml.getElementsByTagName(tag).item(0);
  }

  /** An entry of the policy bundle itself (jar or classes folder), not of the EMF jars that have the same files. */
  private static URL bundleEntry(String path) throws IOException {
    URL root = PolicyPackage.class.getProtectionDomain().getCodeSource().getLocation();
    URI entry = root.toString().endsWith(".jar") ? URI.create("jar:" + root + "!/" + path) : URI.create(root + path);
    URL url = entry.toURL();
    try (InputStream probe = url.openStream()) {
      return url;
    } catch (IOException missing) {
      return null;
    }
  }
}
