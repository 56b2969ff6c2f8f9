/** Implementation of the search: episode log and checkpoint files. */
package org.mcuq.rlquant.search.internal;
