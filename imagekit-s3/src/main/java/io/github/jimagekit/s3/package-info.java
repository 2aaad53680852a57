/**
 * Sources and cache files in Amazon S3 or an S3-compatible server:
 * {@link io.github.jimagekit.s3.S3Storage}, made from the {@code imagekit.s3.*} settings
 * ({@link io.github.jimagekit.s3.S3Keys}) by {@code imagekit.storage.class}, or in code with
 * {@link io.github.jimagekit.s3.S3StorageBuilder}.
 */
package io.github.jimagekit.s3;
