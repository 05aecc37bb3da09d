-- Two databases on the one MySQL server: the engine's and the app's.
CREATE DATABASE IF NOT EXISTS operaton CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;
CREATE DATABASE IF NOT EXISTS qinqing CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
GRANT ALL PRIVILEGES ON operaton.* TO 'qinqing'@'%';
GRANT ALL PRIVILEGES ON qinqing.* TO 'qinqing'@'%';
