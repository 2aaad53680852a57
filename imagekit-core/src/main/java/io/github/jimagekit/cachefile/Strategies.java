package io.github.jimagekit.cachefile;

import java.util.Locale;

/** The built-in strategies. */
enum Strategies implements CacheFileStrategy {

    JUST_IN_TIME {
        @Override
        public void onExistenceRequired(ImageCacheFile file) {
            file.generate();
        }

        @Override
        public void onContentRequired(ImageCacheFile file) {
            file.generate();
        }
    },

    OPTIMISTIC {
        @Override
        public void onSourceSaved(ImageCacheFile file) {
            // the source changed: regenerate even when a file of that name exists (it does when
            // source versioning is off)
            file.generate(true);
        }

        @Override
        public boolean shouldVerifyExistence(ImageCacheFile file) {
            return false;
        }
    },

    GENERATE_ON_SAVE {
        @Override
        public void onSourceSaved(ImageCacheFile file) {
            file.generate(true);
        }

        @Override
        public boolean shouldVerifyExistence(ImageCacheFile file) {
            return true;
        }
    };

    String settingName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    @Override
    public String toString() {
        return "CacheFileStrategy." + settingName();
    }
}
