package org.mcuq.liteengine.codegen.internal;

/**
 * The C file of one layer.
 *
 * @param fileName  file name in the project
 * @param prototype the declaration of its function, for the layers header
 * @param content   the file's text
 */
public record LayerSource(String fileName, String prototype, String content) {
}
