/**
 * Implementation details shared between packages. Not part of the API: anything here may
 * change in any release.
 */
package io.github.jimagekit.internal;
