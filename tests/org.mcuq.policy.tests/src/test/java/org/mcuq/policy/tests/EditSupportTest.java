package org.mcuq.policy.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.EMFPlugin;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.junit.jupiter.api.Test;
import org.mcuq.policy.LayerPolicy;
import org.mcuq.policy.PolicyPackage.Literals;
import org.mcuq.policy.QuantizationPolicy;
import org.mcuq.policy.provider.PolicyItemProviderAdapterFactory;

/** The generated EMF.Edit code works outside Eclipse: labels, property descriptors, icons and undoable commands. */
class EditSupportTest {

  private final PolicyItemProviderAdapterFactory adapters = new PolicyItemProviderAdapterFactory();

  @Test
  void runsWithoutTheEclipseRuntime() {
    assertFalse(EMFPlugin.IS_ECLIPSE_RUNNING);
    assertThrows(ClassNotFoundException.class, () -> Class.forName("org.eclipse.core.runtime.Plugin"));
  }

  @Test
  void layerLabelComesFromPluginProperties() {
    LayerPolicy layer = SamplePolicies.fullyPopulated().getLayers().get(0);

    IItemLabelProvider labels = (IItemLabelProvider) adapters.adapt(layer, IItemLabelProvider.class);

    assertEquals("Layer Policy conv1", labels.getText(layer));
  }

  @Test
  void layerIconIsShippedWithTheBundle() throws IOException {
    LayerPolicy layer = SamplePolicies.fullyPopulated().getLayers().get(0);

    Object image = ((IItemLabelProvider) adapters.adapt(layer, IItemLabelProvider.class)).getImage(layer);

    try (InputStream gif = assertInstanceOf(URL.class, image).openStream()) {
      assertEquals("GIF8", new String(gif.readNBytes(4), StandardCharsets.US_ASCII));
    }
  }

  @Test
  void layerPropertiesHaveDisplayNames() {
    LayerPolicy layer = SamplePolicies.fullyPopulated().getLayers().get(0);

    IItemPropertySource properties = (IItemPropertySource) adapters.adapt(layer, IItemPropertySource.class);
    List<IItemPropertyDescriptor> descriptors = properties.getPropertyDescriptors(layer);

    assertEquals(Set.of("Layer Name", "Op", "Weight Bits", "Activation Bits", "Weight Steps", "Activation Step", "Locked"),
        Set.copyOf(descriptors.stream().map(d -> d.getDisplayName(layer)).toList()));
  }

  @Test
  void setCommandChangesBitsAndUndoRestoresThem() {
    QuantizationPolicy policy = SamplePolicies.fullyPopulated();
    LayerPolicy layer = policy.getLayers().get(0);
    EditingDomain domain = new AdapterFactoryEditingDomain(adapters, new BasicCommandStack());

    Command set = SetCommand.create(domain, layer, Literals.LAYER_POLICY__WEIGHT_BITS, 3);
    assertTrue(set.canExecute());
    domain.getCommandStack().execute(set);
    assertEquals(3, layer.getWeightBits());

    domain.getCommandStack().undo();
    assertEquals(4, layer.getWeightBits());
  }
}
