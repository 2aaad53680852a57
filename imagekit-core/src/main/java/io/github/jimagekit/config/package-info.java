/**
 * The settings: {@link io.github.jimagekit.config.ImageKitConfig}, immutable and checked when
 * built, keyed by the core's {@link io.github.jimagekit.config.ConfigKey}s and by the
 * {@link io.github.jimagekit.config.SettingKey}s that modules declare through the
 * {@link io.github.jimagekit.config.SettingKeys} service; settings files are read by
 * {@link io.github.jimagekit.config.PropertiesFile}.
 */
package io.github.jimagekit.config;
