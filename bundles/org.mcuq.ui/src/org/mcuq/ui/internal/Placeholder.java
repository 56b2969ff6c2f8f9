package org.mcuq.ui.internal;
class Placeholder {}
